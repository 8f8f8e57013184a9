package de.netzwerkbuero.web.ui.funding;

import de.netzwerkbuero.funding.api.FindingInput;
import de.netzwerkbuero.funding.api.FindingSeverity;
import de.netzwerkbuero.funding.api.ReportStatus;
import de.netzwerkbuero.funding.api.ReportView;
import de.netzwerkbuero.funding.api.ReviewDecision;
import de.netzwerkbuero.web.ui.UiMessages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** The review screen for auditors: read the submitted version, record findings with severity, accept or return. */
@Named
@ViewScoped
public class ReportReview extends ReportPage {

    /** One finding being written. */
    public static class FindingRow implements Serializable {
        private FindingSeverity severity = FindingSeverity.MINOR;
        private String text;

        public FindingSeverity getSeverity() {
            return severity;
        }

        public void setSeverity(FindingSeverity severity) {
            this.severity = severity;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }
    }

    @Inject
    private UiMessages messages;

    private final List<FindingRow> rows = new ArrayList<>();

    @Override
    protected void loaded() {
        if (rows.isEmpty()) {
            rows.add(new FindingRow());
        }
    }

    public boolean isDecidable() {
        return getReport() != null
                && (getReport().status() == ReportStatus.SUBMITTED || getReport().status() == ReportStatus.IN_REVIEW);
    }

    public void addRow() {
        rows.add(new FindingRow());
    }

    public void removeRow(FindingRow row) {
        rows.remove(row);
    }

    public void accept() {
        decide(ReviewDecision.ACCEPT);
    }

    public void returnForRevision() {
        decide(ReviewDecision.RETURN);
    }

    private void decide(ReviewDecision decision) {
        List<FindingInput> findings = rows.stream().filter(r -> r.getText() != null && !r.getText().isBlank())
                .map(r -> new FindingInput(r.getSeverity(), r.getText())).toList();
        ReportView decided = reviews.decide(getId(), getReport().version(), decision, findings);
        messages.global(FacesMessage.SEVERITY_INFO, decision == ReviewDecision.ACCEPT ? "funding.review.accepted"
                : "funding.review.returned", decided.versionNumber());
        rows.clear();
        load();
    }

    public List<FindingRow> getRows() {
        return rows;
    }
}
