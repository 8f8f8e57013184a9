package de.netzwerkbuero.web.ui.funding;

import de.netzwerkbuero.funding.api.FindingView;
import de.netzwerkbuero.funding.api.ProjectView;
import de.netzwerkbuero.funding.api.Projects;
import de.netzwerkbuero.funding.api.ReportVersionView;
import de.netzwerkbuero.funding.api.ReportView;
import de.netzwerkbuero.funding.api.Reports;
import de.netzwerkbuero.funding.api.Reviews;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** What the report editor and the review screen share: the report, its project, versions and findings. */
public abstract class ReportPage implements Serializable {

    @EJB
    protected Reports reports;
    @EJB
    protected Reviews reviews;
    @EJB
    private Projects projects;

    private Long id;
    private ReportView report;
    private ProjectView project;
    private List<ReportVersionView> versions = List.of();
    private List<FindingView> findings = List.of();

    public void load() {
        if (id == null) {
            return;
        }
        report = reports.get(id);
        project = projects.get(report.projectId());
        List<ReportVersionView> all = new ArrayList<>(reports.versions(id));
        Collections.reverse(all);
        versions = all;
        findings = reviews.findings(id);
        loaded();
    }

    /** For subclasses that keep input derived from the report. */
    protected void loaded() {
    }

    /** Findings on the latest submitted version: what a returned report must answer. */
    public List<FindingView> getOpenFindings() {
        return report == null ? List.of() : findings.stream()
                .filter(f -> f.versionNumber() == report.versionNumber()).toList();
    }

    public String attachmentUrl(long attachmentId) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/api/v1/reports/" + id
                + "/attachments/" + attachmentId;
    }

    public String versionPdfUrl(int number) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/api/v1/reports/" + id
                + "/versions/" + number + "/pdf";
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ReportView getReport() {
        return report;
    }

    public ProjectView getProject() {
        return project;
    }

    public List<ReportVersionView> getVersions() {
        return versions;
    }

    public List<FindingView> getFindings() {
        return findings;
    }
}
