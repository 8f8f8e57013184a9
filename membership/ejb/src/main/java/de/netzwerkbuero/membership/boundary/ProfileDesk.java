package de.netzwerkbuero.membership.boundary;

import de.netzwerkbuero.membership.api.ProfileData;
import de.netzwerkbuero.membership.domain.Member;
import de.netzwerkbuero.membership.domain.Profile;
import de.netzwerkbuero.membership.infrastructure.ProfileRepository;
import de.netzwerkbuero.platform.api.audit.AuditRecord;
import de.netzwerkbuero.platform.api.clock.BusinessClock;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

/** Saving, publishing and withdrawing profiles with their audit records; shared with the demo data. */
@Dependent
public class ProfileDesk {

    static final String ENTITY = "Profile";

    @Inject
    private ProfileRepository profiles;

    @Inject
    private ChangeRecorder recorder;

    @EJB
    private BusinessClock clock;

    public Profile save(long memberId, ProfileData draft) {
        Profile profile = profiles.find(memberId).orElse(null);
        boolean created = profile == null;
        if (created) {
            profile = new Profile(memberId);
        }
        AuditRecord record = AuditRecord.of(created ? "profile.create" : "profile.update", ENTITY, memberId);
        String text = profile.getText();
        String places = String.join(" | ", profile.getCreativePlaces());
        String links = String.join(" | ", profile.getLinks());
        String image = profile.getImageUrl();
        profile.edit(draft);
        if (created) {
            profiles.add(profile);
        }
        record.change("text", text, profile.getText())
                .change("creativePlaces", places, String.join(" | ", profile.getCreativePlaces()))
                .change("links", links, String.join(" | ", profile.getLinks()))
                .change("imageUrl", image, profile.getImageUrl());
        if (record.hasChanges()) {
            recorder.audit(record);
        }
        profiles.flush();
        return profile;
    }

    public Profile publish(Member member, Profile profile) {
        profile.publish(member.getStatus(), member.getName(), clock.nowInOffice());
        recorder.audit(AuditRecord.of("profile.publish", ENTITY, member.getId()).set("publishedAt", profile.getPublishedAt()));
        profiles.flush();
        return profile;
    }

    public void unpublish(Profile profile) {
        if (profile.isPublished()) {
            var before = profile.getPublishedAt();
            profile.unpublish();
            recorder.audit(AuditRecord.of("profile.unpublish", ENTITY, profile.getMemberId())
                    .change("publishedAt", before, null));
            profiles.flush();
        }
    }
}
