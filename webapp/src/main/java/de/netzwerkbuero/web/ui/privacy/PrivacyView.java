package de.netzwerkbuero.web.ui.privacy;

import de.netzwerkbuero.platform.api.privacy.ErasureReport;
import de.netzwerkbuero.platform.api.privacy.PersonRequests;
import de.netzwerkbuero.web.i18n.Texts;
import de.netzwerkbuero.web.ui.UiMessages;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * "Datenschutz": the office enters an address, sees what every module stores about it, downloads the JSON
 * export (Art. 15) and erases the person after confirming (Art. 17).
 */
@Named
@ViewScoped
public class PrivacyView implements Serializable {

    @EJB
    private PersonRequests persons;

    @Inject
    private UiMessages messages;

    private String email;
    private String searched;
    private List<PersonFinding> findings = List.of();
    private int auditEntries;

    public void search() {
        String json = persons.export(email);
        searched = email.trim();
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        PersonFindings parsed = PersonFindings.of(json, key -> Texts.text(key, locale), locale);
        findings = parsed.findings();
        auditEntries = parsed.auditEntries();
        if (!parsed.incomplete().isEmpty()) {
            messages.global(FacesMessage.SEVERITY_WARN, "privacy.exportIncomplete", String.join(", ", parsed.incomplete()));
        }
    }

    public StreamedContent download() {
        byte[] json = persons.export(searched).getBytes(StandardCharsets.UTF_8);
        return DefaultStreamedContent.builder()
                .name("dsgvo-export.json")
                .contentType("application/json")
                .contentLength((long) json.length)
                .stream(() -> new ByteArrayInputStream(json))
                .build();
    }

    public void erase() {
        ErasureReport report = persons.erase(searched);
        if (report.complete()) {
            messages.global(FacesMessage.SEVERITY_INFO, "privacy.erased", searched, report.erasureId());
        } else {
            messages.global(FacesMessage.SEVERITY_ERROR, "privacy.erasureIncomplete",
                    String.join(", ", report.failedModules()), report.erasureId());
        }
        search();
    }

    /** Something was looked up and found: only then can it be downloaded or erased. */
    public boolean isErasable() {
        return !findings.isEmpty();
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getSearched() {
        return searched;
    }

    public List<PersonFinding> getFindings() {
        return findings;
    }

    public int getAuditEntries() {
        return auditEntries;
    }
}
