package de.netzwerkbuero.membership.domain;

import de.netzwerkbuero.membership.api.ContactData;
import de.netzwerkbuero.platform.api.error.RuleViolationException;
import de.netzwerkbuero.platform.api.error.Violations;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;

/**
 * A member's contact person. Erasure anonymises the record in place, so that the id other modules keep
 * (registrations, project contacts) still resolves, but to nobody in particular.
 */
@Entity
@Table(schema = "membership", name = "contact")
public class Contact {

    public static final String ERASED_NAME = "(erased)";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contact_seq")
    @SequenceGenerator(name = "contact_seq", sequenceName = "membership.contact_seq", allocationSize = 50)
    private Long id;

    @Column(name = "member_id", nullable = false)
    private long memberId;

    @Column(name = "first_name", length = 100)
    private String firstName;

    @Column(name = "last_name", nullable = false, length = 100)
    private String lastName;

    @Column(name = "function_name", length = 200)
    private String function;

    @Column(length = 254)
    private String email;

    @Column(length = 50)
    private String phone;

    @Column(name = "primary_contact", nullable = false)
    private boolean primary;

    @Column(name = "consent_at")
    private OffsetDateTime consentAt;

    @Column(name = "erased_at")
    private OffsetDateTime erasedAt;

    @Version
    private long version;

    protected Contact() {
    }

    public Contact(long memberId, ContactData data, OffsetDateTime now) {
        this.memberId = memberId;
        edit(data, now);
    }

    /** Consent keeps the time it was first given; taking it back clears it. */
    public void edit(ContactData data, OffsetDateTime now) {
        if (erasedAt != null) {
            throw new RuleViolationException("membership.contactErased", "The contact {0} was erased.", String.valueOf(id));
        }
        Violations v = new Violations();
        Texts.maxLength(v, data.firstName(), "firstName", 100);
        Texts.required(v, data.lastName(), "lastName", 100);
        Texts.maxLength(v, data.function(), "function", 200);
        Texts.email(v, data.email(), "email", false);
        Texts.maxLength(v, data.phone(), "phone", 50);
        v.require(data.phone() == null || data.phone().matches("[0-9+()/ .\\-]*"), "phone", "phone",
                "may contain only digits, spaces and + ( ) / - .");
        v.throwIfAny();
        firstName = Texts.clean(data.firstName());
        lastName = data.lastName().trim();
        function = Texts.clean(data.function());
        email = Texts.lowerEmail(data.email());
        phone = Texts.clean(data.phone());
        primary = data.primary();
        if (!data.consent()) {
            consentAt = null;
        } else if (consentAt == null) {
            consentAt = now;
        }
    }

    /** Prospects arrive with the consent they gave when signing up. */
    public void consentGivenAt(OffsetDateTime at) {
        consentAt = at;
    }

    public void makePrimary() {
        primary = true;
    }

    public void notPrimary() {
        primary = false;
    }

    public void erase(OffsetDateTime now) {
        firstName = null;
        lastName = ERASED_NAME;
        function = null;
        email = null;
        phone = null;
        primary = false;
        consentAt = null;
        erasedAt = now;
    }

    public String fullName() {
        return firstName == null ? lastName : firstName + " " + lastName;
    }

    public Long getId() {
        return id;
    }

    public long getMemberId() {
        return memberId;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public String getFunction() {
        return function;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public boolean isPrimary() {
        return primary;
    }

    public OffsetDateTime getConsentAt() {
        return consentAt;
    }

    public OffsetDateTime getErasedAt() {
        return erasedAt;
    }

    public boolean isErased() {
        return erasedAt != null;
    }

    public long getVersion() {
        return version;
    }
}
