package de.netzwerkbuero.funding.boundary;

import de.netzwerkbuero.funding.domain.Finding;
import de.netzwerkbuero.funding.domain.Project;
import de.netzwerkbuero.funding.domain.Report;
import de.netzwerkbuero.funding.domain.ReportAttachment;
import de.netzwerkbuero.funding.domain.ReportVersion;
import de.netzwerkbuero.funding.infrastructure.SimplePdf;

import java.util.ArrayList;
import java.util.List;

/** A submitted report version as a PDF: what was submitted, when, by whom, its digest, attachments and review. */
final class ReportPdf {

    private ReportPdf() {
    }

    static byte[] render(Project project, Report report, ReportVersion v, List<ReportAttachment> attachments,
                         List<Finding> findings) {
        List<String> lines = new ArrayList<>();
        lines.add("Project: " + project.getTitle() + " (" + project.getFundingReference() + ")");
        lines.add("Report: " + report.getKind() + subject(report) + ", version " + v.getNumber());
        lines.add("Submitted: " + v.getSubmittedAt() + " by " + v.getSubmittedBy()
                + (v.getDueOn() == null ? "" : ", due " + v.getDueOn()) + (v.isLate() ? " (LATE)" : ""));
        lines.add("SHA-256: " + v.getSha256());
        lines.add("Review: " + v.status() + (v.getReviewedBy() == null ? "" : " by " + v.getReviewedBy() + " at "
                + v.getReviewedAt()));
        lines.add("");
        lines.add("Attachments:");
        attachments.stream().filter(a -> a.belongsTo(v.getNumber())).forEach(a -> lines.add("  " + a.getFilename()
                + " (" + a.getSize() + " bytes, SHA-256 " + a.getSha256() + ")"));
        List<Finding> own = findings.stream().filter(f -> f.getVersionNumber() == v.getNumber()).toList();
        if (!own.isEmpty()) {
            lines.add("");
            lines.add("Findings:");
            own.forEach(f -> lines.add("  [" + f.getSeverity() + "] " + f.getText() + " (" + f.getAuthor() + ", "
                    + f.getCreatedAt() + ")"));
        }
        lines.add("");
        lines.add("Text:");
        lines.add(v.getText());
        return SimplePdf.render(report.getKind() + subject(report) + " – " + project.getFundingReference(), lines);
    }

    static String subject(Report r) {
        if (r.getFiscalYear() != null) {
            return " " + r.getFiscalYear();
        }
        return r.getMilestoneId() == null ? "" : " milestone " + r.getMilestoneId();
    }
}
