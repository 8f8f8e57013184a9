package de.netzwerkbuero.membership.domain;

import de.netzwerkbuero.membership.api.MemberStatus;
import de.netzwerkbuero.membership.api.ProfileData;
import de.netzwerkbuero.platform.api.error.RuleViolationException;
import de.netzwerkbuero.platform.api.error.Violations;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A member's public profile: a draft the office edits and the copy last published, so that editing never
 * changes the public page before the office publishes again. Lists are stored one entry per line.
 */
@Entity
@Table(schema = "membership", name = "profile")
public class Profile {

    private static final int MAX_ENTRIES = 50;

    @Id
    @Column(name = "member_id")
    private Long memberId;

    @Column(name = "body")
    private String text;

    private String places;

    private String links;

    @Column(name = "image_url", length = 500)
    private String imageUrl;

    @Column(name = "published_body")
    private String publishedText;

    @Column(name = "published_places")
    private String publishedPlaces;

    @Column(name = "published_links")
    private String publishedLinks;

    @Column(name = "published_image_url", length = 500)
    private String publishedImageUrl;

    @Column(name = "published_at")
    private OffsetDateTime publishedAt;

    @Version
    private long version;

    protected Profile() {
    }

    public Profile(long memberId) {
        this.memberId = memberId;
    }

    public void edit(ProfileData data) {
        Violations v = new Violations();
        Texts.maxLength(v, data.text(), "text", 20000);
        Texts.url(v, data.imageUrl(), "imageUrl");
        v.require(data.creativePlaces().size() <= MAX_ENTRIES, "creativePlaces", "tooMany", "at most " + MAX_ENTRIES + " entries");
        v.require(data.links().size() <= MAX_ENTRIES, "links", "tooMany", "at most " + MAX_ENTRIES + " entries");
        for (String place : data.creativePlaces()) {
            v.require(place != null && !place.isBlank() && place.length() <= 300 && !place.contains("\n"),
                    "creativePlaces", "entry", "each entry must be one line of at most 300 characters");
        }
        for (String link : data.links()) {
            Texts.url(v, link, "links");
        }
        v.throwIfAny();
        text = Texts.clean(data.text());
        places = join(data.creativePlaces());
        links = join(data.links());
        imageUrl = Texts.clean(data.imageUrl());
    }

    /** Only an ACTIVE member may be shown to the public, and only with some text. */
    public void publish(MemberStatus memberStatus, String memberName, OffsetDateTime now) {
        if (memberStatus != MemberStatus.ACTIVE) {
            throw new RuleViolationException("membership.profileMemberNotActive",
                    "The profile of {0} cannot be published: the member is {1}, not ACTIVE.", memberName, memberStatus);
        }
        if (text == null) {
            throw new RuleViolationException("membership.profileEmpty",
                    "The profile of {0} has no text to publish.", memberName);
        }
        publishedText = text;
        publishedPlaces = places;
        publishedLinks = links;
        publishedImageUrl = imageUrl;
        publishedAt = now;
    }

    public void unpublish() {
        publishedText = null;
        publishedPlaces = null;
        publishedLinks = null;
        publishedImageUrl = null;
        publishedAt = null;
    }

    public boolean isPublished() {
        return publishedAt != null;
    }

    public boolean hasUnpublishedChanges() {
        return isPublished() && !(Objects.equals(text, publishedText) && Objects.equals(places, publishedPlaces)
                && Objects.equals(links, publishedLinks) && Objects.equals(imageUrl, publishedImageUrl));
    }

    private static String join(List<String> entries) {
        return entries.isEmpty() ? null : String.join("\n", entries.stream().map(String::trim).toList());
    }

    static List<String> split(String joined) {
        return joined == null ? List.of() : Arrays.asList(joined.split("\n"));
    }

    public Long getMemberId() {
        return memberId;
    }

    public String getText() {
        return text;
    }

    public List<String> getCreativePlaces() {
        return split(places);
    }

    public List<String> getLinks() {
        return split(links);
    }

    public String getImageUrl() {
        return imageUrl;
    }

    public String getPublishedText() {
        return publishedText;
    }

    public List<String> getPublishedPlaces() {
        return split(publishedPlaces);
    }

    public List<String> getPublishedLinks() {
        return split(publishedLinks);
    }

    public String getPublishedImageUrl() {
        return publishedImageUrl;
    }

    public OffsetDateTime getPublishedAt() {
        return publishedAt;
    }

    public long getVersion() {
        return version;
    }
}
