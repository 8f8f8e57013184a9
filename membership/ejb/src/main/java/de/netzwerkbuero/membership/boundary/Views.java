package de.netzwerkbuero.membership.boundary;

import de.netzwerkbuero.membership.api.AdmissionRoundView;
import de.netzwerkbuero.membership.api.ContactSummary;
import de.netzwerkbuero.membership.api.ContactView;
import de.netzwerkbuero.membership.api.HistoryEntry;
import de.netzwerkbuero.membership.api.MemberSummary;
import de.netzwerkbuero.membership.api.MemberView;
import de.netzwerkbuero.membership.api.ProfileView;
import de.netzwerkbuero.membership.api.ProspectSummary;
import de.netzwerkbuero.membership.api.ProspectView;
import de.netzwerkbuero.membership.api.PublicProfile;
import de.netzwerkbuero.membership.api.RegisterEntry;
import de.netzwerkbuero.membership.domain.AdmissionRound;
import de.netzwerkbuero.membership.domain.Contact;
import de.netzwerkbuero.membership.domain.FederalState;
import de.netzwerkbuero.membership.domain.Member;
import de.netzwerkbuero.membership.domain.MemberHistory;
import de.netzwerkbuero.membership.domain.Profile;
import de.netzwerkbuero.membership.domain.Prospect;
import de.netzwerkbuero.membership.domain.RegisterRecord;

import java.util.List;

/** Builds the api's DTO records from entities; called inside the facades' transactions. */
final class Views {

    private Views() {
    }

    static MemberView member(Member m) {
        return new MemberView(m.getId(), m.getKind(), m.getName(), m.getAgs(), m.getState(), m.getPopulation(),
                m.getWebsite(), m.getEmail(), m.getStatus(), m.isFoundingMember(), m.getJoinedOn(), m.getVersion());
    }

    static MemberSummary summary(Member m) {
        return new MemberSummary(m.getId(), m.getKind(), m.getName(), m.getAgs(), m.getState(), m.getStatus(), m.getEmail());
    }

    static HistoryEntry history(MemberHistory h) {
        return new HistoryEntry(h.getFrom(), h.getTo(), h.getAction(), h.getActor(), h.getAt(), h.getReason());
    }

    static ContactView contact(Contact c) {
        return new ContactView(c.getId(), c.getMemberId(), c.getFirstName(), c.getLastName(), c.getFunction(),
                c.getEmail(), c.getPhone(), c.isPrimary(), c.getConsentAt() != null, c.getConsentAt(), c.isErased(),
                c.getVersion());
    }

    static ContactSummary contactSummary(Contact c) {
        return new ContactSummary(c.getId(), c.getMemberId(), c.getFirstName(), c.getLastName(), c.getFunction(),
                c.getEmail(), c.isPrimary());
    }

    static AdmissionRoundView round(AdmissionRound r) {
        return new AdmissionRoundView(r.getId(), r.getDate(), r.getApplicationDeadline(), r.getCapacity(),
                r.getStatus(), r.getAdmittedCount(), r.getVersion());
    }

    static ProspectView prospect(Prospect p) {
        return new ProspectView(p.getId(), p.getOrganisation(), p.getAgs(), p.getContactName(), p.getEmail(),
                p.getStatus(), p.getSignedUpAt(), p.getConsentAt(), p.getConfirmedAt(), p.getExpiresOn(),
                p.getMemberId(), p.getVersion());
    }

    static ProspectSummary prospectSummary(Prospect p) {
        return new ProspectSummary(p.getId(), p.getOrganisation(), p.getContactName(), p.getEmail());
    }

    static ProfileView profile(Member m, Profile p) {
        if (p == null) {
            return new ProfileView(m.getId(), m.getName(), null, List.of(), List.of(), null, false, null, false, 0);
        }
        return new ProfileView(m.getId(), m.getName(), p.getText(), p.getCreativePlaces(), p.getLinks(),
                p.getImageUrl(), p.isPublished(), p.getPublishedAt(), p.hasUnpublishedChanges(), p.getVersion());
    }

    static PublicProfile publicProfile(Member m, Profile p) {
        return new PublicProfile(m.getId(), m.getName(), m.getKind(), m.getAgs(), m.getState(), m.getPopulation(),
                m.getWebsite(), p.getPublishedText(), p.getPublishedPlaces(), p.getPublishedLinks(),
                p.getPublishedImageUrl(), m.isFoundingMember(), p.getPublishedAt());
    }

    static RegisterEntry register(RegisterRecord r) {
        String stateName = r.getStateName() != null ? r.getStateName()
                : FederalState.byCode(r.getStateCode()).map(FederalState::germanName).orElse(null);
        return new RegisterEntry(r.getKey(), r.getKind(), r.getName(), r.getDistrictKey(), r.getDistrictName(),
                r.getStateCode(), stateName, r.getType(), r.getPostalCode(), r.getPopulation(), r.eligible());
    }
}
