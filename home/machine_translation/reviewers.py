"""Who may mark a language of a page reviewed: only a person who set that language in their
account as one they review, so that “reviewed by” names someone who reads the language."""

from django import forms
from django.utils.translation import gettext_lazy as _

from wagtail.admin.views.account import BaseSettingsPanel

from home.languages import DEFAULT_LANGUAGE, LANGUAGE_CODES, get_language
from home.models import ReviewLanguages


def review_languages(user) -> set[str]:
    if not user.is_authenticated:
        return set()
    row = ReviewLanguages.objects.filter(user=user).only("languages").first()
    return set(row.languages) if row else set()


def language_choices():
    return [(code, get_language(code).name) for code in LANGUAGE_CODES if code != DEFAULT_LANGUAGE]


class ReviewLanguagesForm(forms.ModelForm):
    languages = forms.MultipleChoiceField(
        label=_("Languages I review"),
        choices=language_choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
        help_text=_("You can mark machine translations into these languages as reviewed."),
    )

    class Meta:
        model = ReviewLanguages
        fields = ["languages"]


class ReviewLanguagesPanel(BaseSettingsPanel):
    name = "review_languages"
    title = _("Machine translation")
    order = 350
    form_class = ReviewLanguagesForm

    def get_form(self):
        instance = ReviewLanguages.objects.filter(user=self.user).first() or ReviewLanguages(user=self.user)
        if self.request.method == "POST":
            return self.form_class(self.request.POST, instance=instance, prefix=self.name)
        return self.form_class(instance=instance, prefix=self.name)
