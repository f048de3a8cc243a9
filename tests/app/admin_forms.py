"""What a browser posts back from an admin change form."""

from __future__ import annotations


def as_browser_sends(response) -> dict:
    """The change form's fields as a browser posts them back unchanged (inlines' management forms too)."""
    form = response.context["adminform"].form
    data = {"_save": "Save"}
    forms_ = [form]
    for inline in response.context["inline_admin_formsets"]:
        formset = inline.formset
        data |= {f"{formset.prefix}-{key}": value for key, value in formset.management_form.initial.items()}
        forms_ += formset.forms
    for each in forms_:
        for name in each.fields:
            value = each[name].value()
            if value is not None:
                data[each.add_prefix(name)] = value
    return data
