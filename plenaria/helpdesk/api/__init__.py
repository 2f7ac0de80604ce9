"""The inquiry desk's API: serializers.py (shapes), views.py (who may do what)."""

from .views import InquiryDetailApi, InquiryListApi

__all__ = ["InquiryDetailApi", "InquiryListApi"]
