package de.netzwerkbuero.web.ui.funding;

import de.netzwerkbuero.funding.api.AttachmentView;
import de.netzwerkbuero.funding.api.ReportStatus;
import de.netzwerkbuero.web.ui.UiMessages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.event.FileUploadEvent;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The report editor for leads (and the office): the working text while DRAFT or RETURNED, PDF attachments,
 * submitting; the submitted versions with digest, late flag and findings below.
 */
@Named
@ViewScoped
public class ReportEditor extends ReportPage {

    @Inject
    private UiMessages messages;

    private String text;

    @Override
    protected void loaded() {
        text = getReport().text();
    }

    public boolean isEditable() {
        return getReport() != null
                && (getReport().status() == ReportStatus.DRAFT || getReport().status() == ReportStatus.RETURNED);
    }

    public void save() {
        reports.editText(getId(), getReport().version(), text);
        messages.global(FacesMessage.SEVERITY_INFO, "funding.report.saved");
        load();
    }

    /** Saves the text if it changed, then submits: what the lead typed is what gets frozen. */
    public void submit() {
        if (text != null && !text.equals(getReport().text())) {
            reports.editText(getId(), getReport().version(), text);
            load();
        }
        var submitted = reports.submit(getId(), getReport().version());
        messages.global(FacesMessage.SEVERITY_INFO, submitted.late() ? "funding.report.submittedLate" : "funding.report.submitted",
                submitted.versionNumber());
        load();
    }

    public void upload(FileUploadEvent event) {
        try (InputStream in = event.getFile().getInputStream()) {
            AttachmentView a = reports.attach(getId(), event.getFile().getFileName(), in);
            messages.global(FacesMessage.SEVERITY_INFO, "funding.report.attached", a.filename());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        load();
    }

    public void removeAttachment(long attachmentId) {
        reports.removeAttachment(attachmentId);
        messages.global(FacesMessage.SEVERITY_INFO, "funding.report.attachmentRemoved");
        load();
    }

    public long getMaxAttachmentBytes() {
        return de.netzwerkbuero.funding.api.Reports.MAX_ATTACHMENT_BYTES;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
