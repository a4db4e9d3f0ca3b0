"""What a certificate shows (name, programme, date, modules and hours, the verification link and
its QR code) and its two downloads: the PDF, set by WeasyPrint from the same template as the
HTML view, and the Open Badges 3.0 credential. Participation only, as the learning record."""

from dataclasses import dataclass
from datetime import date

import segno
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.safestring import mark_safe
from django.utils.translation import gettext

from champions.pdf import pdf_from_html

from . import credentials
from .learning_record import ModuleDone, learning_records
from .models import Certificate

STYLESHEET = "recognition/certificate-pdf.css"


@dataclass(frozen=True)
class CertificateDetails:
    certificate: Certificate
    name: str
    programme: str
    issued_on: date
    modules: tuple[ModuleDone, ...]
    verify_url: str

    @property
    def hours(self) -> float:
        return round(sum(m.hours for m in self.modules), 1)

    @property
    def qr_svg(self) -> str:
        """The verification link as a QR code, inline SVG (no image to fetch)."""
        code = segno.make(self.verify_url, error="m")
        return mark_safe(  # noqa: S308 - segno's own SVG of our own URL
            code.svg_inline(
                scale=3, title=gettext("QR code of the verification link"), svgclass="app-qr"
            )
        )


def person_name(user) -> str:
    return user.get_full_name() or gettext("Name not given")


def certificate_details(certificate: Certificate) -> CertificateDetails:
    """The certificate with its holder's completed modules of that programme (the learning
    record's rule): a fixed number of queries."""
    user = certificate.user
    record = learning_records(users=[user], modules_only=True)[0]
    return CertificateDetails(
        certificate=certificate,
        name=person_name(user),
        programme=certificate.programme_title,
        issued_on=timezone.localdate(certificate.issued_at),
        modules=tuple(m for m in record.modules if m.programme == certificate.programme_title),
        verify_url=credentials.verify_url(certificate),
    )


def certificate_pdf(details: CertificateDetails) -> bytes:
    html = render_to_string("recognition/certificate_body.html", {"details": details})
    return pdf_from_html(
        render_to_string("recognition/certificate_pdf.html", {"body": html}),
        stylesheet_path=STYLESHEET,
    )


def credential_document(details: CertificateDetails) -> dict:
    return credentials.credential(
        certificate=details.certificate,
        name=details.name,
        email=details.certificate.user.email,
        modules=len(details.modules),
        hours=details.hours,
    )
