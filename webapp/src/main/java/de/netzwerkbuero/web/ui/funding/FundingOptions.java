package de.netzwerkbuero.web.ui.funding;

import de.netzwerkbuero.funding.api.DeadlineStatus;
import de.netzwerkbuero.funding.api.FindingSeverity;
import de.netzwerkbuero.funding.api.LegalBasis;
import de.netzwerkbuero.funding.api.ProjectStatus;
import de.netzwerkbuero.funding.api.ReportKind;
import de.netzwerkbuero.funding.api.ReportStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import java.util.List;

/** The choices of funding's select boxes and the CSS class of a status, shared by the funding pages. */
@Named
@ApplicationScoped
public class FundingOptions {

    public List<LegalBasis> getLegalBases() {
        return List.of(LegalBasis.values());
    }

    public List<ProjectStatus> getProjectStatuses() {
        return List.of(ProjectStatus.values());
    }

    public List<ReportKind> getReportKinds() {
        return List.of(ReportKind.values());
    }

    public List<FindingSeverity> getSeverities() {
        return List.of(FindingSeverity.values());
    }

    /** A colour class per deadline status (defined in funding.css with AA contrast). */
    public String deadlineClass(DeadlineStatus status) {
        return status == null ? "" : "fun-status fun-deadline-" + status.name().toLowerCase();
    }

    public String reportClass(ReportStatus status) {
        return status == null ? "" : "fun-status fun-report-" + status.name().toLowerCase();
    }

    public boolean inRole(String role) {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(role);
    }
}
