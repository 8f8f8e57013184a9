package de.netzwerkbuero.web.ui.membership;

import de.netzwerkbuero.membership.api.MunicipalityRegister;
import de.netzwerkbuero.membership.api.RegisterImportResult;
import de.netzwerkbuero.membership.api.RegisterStatus;
import de.netzwerkbuero.web.ui.UiMessages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

/** The register import page: the register's status, the import with a progress bar, its result. */
@Named
@ViewScoped
public class RegisterImportView implements Serializable {

    @EJB
    private MunicipalityRegister register;

    @Inject
    private RegisterImportJob job;

    @Inject
    private UiMessages messages;

    private RegisterStatus status;

    @PostConstruct
    void init() {
        status = register.status();
    }

    public void start() {
        if (!job.start()) {
            messages.global(FacesMessage.SEVERITY_WARN, "register.alreadyRunning");
        }
    }

    /** Called when the progress bar reaches 100. */
    public void finished() {
        status = register.status();
        if (job.state() == RegisterImportJob.State.DONE) {
            RegisterImportResult r = job.result();
            messages.global(FacesMessage.SEVERITY_INFO, "register.imported", r.municipalities(), r.districts(),
                    r.inserted(), r.updated(), r.unchanged());
        } else if (job.state() == RegisterImportJob.State.FAILED) {
            messages.global(FacesMessage.SEVERITY_ERROR, "register.failed", job.failure());
        }
    }

    public Integer getProgress() {
        return job.percent();
    }

    public void setProgress(Integer ignored) {
        // the progress bar posts its value back; the job alone decides it
    }

    public boolean isRunning() {
        return job.state() == RegisterImportJob.State.RUNNING;
    }

    public String getProgressText() {
        return job.done() + " / " + job.total();
    }

    public RegisterImportResult getResult() {
        return job.result();
    }

    public RegisterStatus getStatus() {
        return status;
    }

    public String getSource() {
        return MunicipalityRegister.SOURCE;
    }
}
