package de.netzwerkbuero.membership.infrastructure;

import de.netzwerkbuero.membership.domain.Contact;
import de.netzwerkbuero.platform.api.error.NotFoundException;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

/** Contact persons. */
@Dependent
public class ContactRepository {

    @PersistenceContext(unitName = "membership")
    private EntityManager em;

    public Contact require(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("Contact", id));
    }

    public Optional<Contact> find(long id) {
        return Optional.ofNullable(em.find(Contact.class, id));
    }

    public void add(Contact contact) {
        em.persist(contact);
        em.flush();
    }

    public void flush() {
        em.flush();
    }

    /** The contacts with this (normalised) address, of any member. */
    public List<Contact> byEmail(String email) {
        return em.createQuery("SELECT c FROM Contact c WHERE LOWER(c.email) = :email ORDER BY c.id", Contact.class)
                .setParameter("email", email).getResultList();
    }

    /** Primary first, then by name. */
    public List<Contact> ofMember(long memberId) {
        return em.createQuery("SELECT c FROM Contact c WHERE c.memberId = :member "
                        + "ORDER BY c.primary DESC, c.lastName, c.firstName, c.id", Contact.class)
                .setParameter("member", memberId).getResultList();
    }

    /** Takes the primary flag from every other contact of the member. */
    public void clearPrimary(long memberId, Contact keep) {
        for (Contact other : em.createQuery("SELECT c FROM Contact c WHERE c.memberId = :member AND c.primary = TRUE",
                Contact.class).setParameter("member", memberId).getResultList()) {
            if (other != keep) {
                other.notPrimary();
            }
        }
    }
}
