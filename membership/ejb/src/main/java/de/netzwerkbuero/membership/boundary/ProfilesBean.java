package de.netzwerkbuero.membership.boundary;

import de.netzwerkbuero.membership.api.ProfileData;
import de.netzwerkbuero.membership.api.ProfileView;
import de.netzwerkbuero.membership.api.Profiles;
import de.netzwerkbuero.membership.api.PublicProfile;
import de.netzwerkbuero.membership.domain.Member;
import de.netzwerkbuero.membership.domain.Profile;
import de.netzwerkbuero.membership.infrastructure.MemberRepository;
import de.netzwerkbuero.membership.infrastructure.ProfileRepository;
import de.netzwerkbuero.platform.api.Roles;
import de.netzwerkbuero.platform.api.error.InvalidInputException;
import de.netzwerkbuero.platform.api.error.RuleViolationException;
import de.netzwerkbuero.platform.api.error.StaleVersionException;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Optional;

/** Public profiles: the office edits and publishes, anyone reads what is published. */
@Stateless
@RolesAllowed(Roles.OFFICE)
public class ProfilesBean implements Profiles {

    @Inject
    private MemberRepository members;

    @Inject
    private ProfileRepository profiles;

    @Inject
    private ProfileDesk desk;

    @Override
    public ProfileView get(long memberId) {
        Member member = members.require(memberId);
        return Views.profile(member, profiles.find(memberId).orElse(null));
    }

    @Override
    public ProfileView save(long memberId, long expectedVersion, ProfileData draft) {
        if (draft == null) {
            throw InvalidInputException.of("body", "required", "must not be empty");
        }
        Member member = members.require(memberId);
        long stored = profiles.find(memberId).map(Profile::getVersion).orElse(0L);
        if (stored != expectedVersion) {
            throw new StaleVersionException("Profile", memberId, expectedVersion, stored);
        }
        return Views.profile(member, desk.save(memberId, draft));
    }

    @Override
    public ProfileView publish(long memberId) {
        Member member = members.require(memberId);
        Profile profile = profiles.find(memberId).orElseThrow(() -> new RuleViolationException("membership.profileEmpty",
                "The profile of {0} has no text to publish.", member.getName()));
        return Views.profile(member, desk.publish(member, profile));
    }

    @Override
    public ProfileView unpublish(long memberId) {
        Member member = members.require(memberId);
        Optional<Profile> profile = profiles.find(memberId);
        profile.ifPresent(desk::unpublish);
        return Views.profile(member, profile.orElse(null));
    }

    @Override
    @PermitAll
    public List<PublicProfile> published() {
        return profiles.published(null).stream().map(p -> Views.publicProfile(p.member(), p.profile())).toList();
    }

    @Override
    @PermitAll
    public Optional<PublicProfile> published(long memberId) {
        return profiles.published(memberId).stream().findFirst().map(p -> Views.publicProfile(p.member(), p.profile()));
    }
}
