"""People, councils and the scoped rows that give a role its reach.

A political party is never stored, anywhere.
"""

from django.contrib.auth.models import AbstractUser, BaseUserManager, Group, Permission
from django.db import models
from django.db.models import BooleanField, Exists, OuterRef, Value
from django.db.models.functions import Lower

from .constants import GROUP_ROLES, STAFF_ROLES, CouncilType, Language, Nation, Position, Role


class UserManager(BaseUserManager):
    use_in_migrations = True

    def _create_user(self, email, password, **extra_fields):
        if not email:
            raise ValueError("An email address is required.")
        user = self.model(email=self.normalize_email(email).lower(), **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", True)
        extra_fields.setdefault("is_superuser", True)
        return self._create_user(email, password, **extra_fields)


class User(AbstractUser):
    """Everyone who signs in. Email is the login; there is no username."""

    username = None
    email = models.EmailField("email address", unique=True)
    # Welsh Language Standards: asked at first sign-in and on the account page, settable on the
    # council's roster. Blank: not known, so messages go in both languages, Welsh first.
    language = models.CharField(
        "language for messages", max_length=5, choices=Language.choices, blank=True, default=""
    )
    # When the person last chose that language themselves (/account/language/). Empty: never,
    # so their council's leader may still set it on the roster; once set, their choice stands.
    language_chosen_at = models.DateTimeField("chose their own language at", null=True, blank=True)

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS = []

    objects = UserManager()

    class Meta:
        ordering = ["last_name", "first_name", "email"]
        constraints = [
            models.UniqueConstraint(Lower("email"), name="user_email_unique_ci"),
        ]

    def __str__(self):
        return self.get_full_name() or self.email

    @property
    def roles(self) -> frozenset[str]:
        """The person's roles, read once per request from their groups."""
        return self._reach()[0]

    @property
    def can_open_admin(self) -> bool:
        """Holds Wagtail's "access admin" permission through any group or directly, whatever
        the group is called. Read in the same query as the roles."""
        return self._reach()[1]

    def _reach(self) -> tuple[frozenset[str], bool]:
        cached = getattr(self, "_roles_cache", None)
        if cached is None:
            cached = (frozenset(), False) if self.pk is None else _roles_and_admin_access(self)
            self._roles_cache = cached
        return cached

    def has_role(self, *roles: str) -> bool:
        return bool(self.roles.intersection(roles))

    @property
    def is_platform_admin(self) -> bool:
        return self.is_superuser or Role.PLATFORM_ADMIN in self.roles

    @property
    def is_staff_member(self) -> bool:
        """Can reach a staff page or the admin by any route: a staff role, the superuser or
        staff flag, or the admin permission from any group (Wagtail's default ones included)
        or granted directly. Two-step sign-in and the staff idle limit follow from this."""
        return (
            bool(self.roles & STAFF_ROLES)
            or self.is_superuser
            or self.is_staff
            or self.can_open_admin
        )


ADMIN_ACCESS = {"content_type__app_label": "wagtailadmin", "codename": "access_admin"}
DIRECTLY = ""  # the "group name" of the row for a permission granted to the person directly


def _roles_and_admin_access(user) -> tuple[frozenset[str], bool]:
    """One query: each of the person's groups with whether it opens the admin, plus a row if
    the person holds that permission directly."""
    grants_admin = Permission.objects.filter(**ADMIN_ACCESS).order_by()
    groups = (
        Group.objects.filter(user=user)
        .order_by()
        .annotate(admin=Exists(grants_admin.filter(group=OuterRef("pk"))))
        .values_list("name", "admin")
    )
    direct = grants_admin.filter(user=user).values_list(
        Value(DIRECTLY), Value(True, output_field=BooleanField())
    )
    rows = list(groups.union(direct, all=True))
    roles = frozenset(GROUP_ROLES[name] for name, _ in rows if name in GROUP_ROLES)
    return roles, any(admin for _, admin in rows)


class Council(models.Model):
    name = models.CharField(max_length=200, unique=True)
    slug = models.SlugField(max_length=200, unique=True)
    type = models.CharField(max_length=20, choices=CouncilType.choices)
    nation = models.CharField(max_length=20, choices=Nation.choices)
    region = models.CharField(
        max_length=100, blank=True, help_text="For example North East, or Highlands and Islands."
    )
    contact_name = models.CharField(
        "Programme contact at the council",
        max_length=200,
        blank=True,
        help_text="Who councillors ask about the programme, for example a member services "
        "officer. Shown on the help page, in invitations and to anyone not yet in a cohort.",
    )
    contact_email = models.EmailField("Contact email", blank=True)
    contact_phone = models.CharField("Contact phone", max_length=40, blank=True)

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name


class CouncillorProfile(models.Model):
    """An elected member's place in their council. Deliberately no political party."""

    user = models.OneToOneField(User, on_delete=models.CASCADE, related_name="councillor_profile")
    council = models.ForeignKey(Council, on_delete=models.PROTECT, related_name="councillors")
    position = models.CharField(max_length=20, choices=Position.choices, default=Position.BACKBENCH)
    ward = models.CharField(max_length=200, blank=True)
    year_first_elected = models.PositiveSmallIntegerField(null=True, blank=True)
    left_at = models.DateTimeField(
        null=True,
        blank=True,
        help_text="When a roster upload stopped listing them. Kept, never deleted: their "
        "history stays, and listing them again brings them back.",
    )

    class Meta:
        ordering = ["council__name", "user__last_name", "user__first_name"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(year_first_elected__isnull=True)
                | models.Q(year_first_elected__gte=1950, year_first_elected__lte=2100),
                name="councillor_year_first_elected_plausible",
            ),
        ]

    def __str__(self):
        return f"{self.user} ({self.council})"


class CouncilLeadership(models.Model):
    """Scopes the council leader role: this person may see this council's uptake."""

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="council_leaderships")
    council = models.ForeignKey(Council, on_delete=models.CASCADE, related_name="leaderships")

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "council"], name="council_leadership_unique"),
        ]

    def __str__(self):
        return f"{self.user} leads {self.council}"
