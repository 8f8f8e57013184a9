package de.netzwerkbuero.funding.domain;

import de.netzwerkbuero.funding.api.ReportKind;

import java.util.Comparator;
import java.util.List;

/**
 * The canonical content of a submitted report version and its SHA-256. The canonical form names the report,
 * the version, every attachment by digest, size and name (sorted), then the text with normalised line
 * endings, so that the digest can be recomputed from the stored version and its files at any time.
 */
public final class ReportDigest {

    static final String FORMAT = "netzwerkbuero-report/1";

    private ReportDigest() {
    }

    public record AttachmentFact(String filename, long size, String sha256) {
    }

    public record Content(long projectId, ReportKind kind, Long milestoneId, Integer fiscalYear, int versionNumber,
                          String text, List<AttachmentFact> attachments) {

        public Content {
            attachments = List.copyOf(attachments);
        }
    }

    public static String canonical(Content c) {
        StringBuilder s = new StringBuilder(FORMAT).append('\n')
                .append("project: ").append(c.projectId()).append('\n')
                .append("kind: ").append(c.kind()).append('\n')
                .append("milestone: ").append(c.milestoneId() == null ? "-" : c.milestoneId()).append('\n')
                .append("fiscal-year: ").append(c.fiscalYear() == null ? "-" : c.fiscalYear()).append('\n')
                .append("version: ").append(c.versionNumber()).append('\n');
        c.attachments().stream()
                .sorted(Comparator.comparing(AttachmentFact::filename).thenComparing(AttachmentFact::sha256))
                .forEach(a -> s.append("attachment: ").append(a.sha256()).append(' ').append(a.size()).append(' ')
                        .append(a.filename()).append('\n'));
        return s.append("text:\n").append(normalise(c.text())).toString();
    }

    public static String sha256(Content content) {
        return Sha256.hex(canonical(content));
    }

    static String normalise(String text) {
        return text == null ? "" : text.replace("\r\n", "\n").replace('\r', '\n');
    }
}
