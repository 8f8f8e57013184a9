package de.netzwerkbuero.web.ui.funding;

import de.netzwerkbuero.funding.api.LegalBasis;
import de.netzwerkbuero.funding.api.ProgramInput;
import de.netzwerkbuero.funding.api.ProgramView;
import de.netzwerkbuero.funding.api.Programs;
import de.netzwerkbuero.web.ui.UiMessages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/** Funding programmes: everyone of funding reads them, the office creates them (with stages and legal basis). */
@Named
@ViewScoped
public class ProgrammesView implements Serializable {

    @EJB
    private Programs programs;
    @Inject
    private UiMessages messages;

    private List<ProgramView> programmes;

    private String name;
    private String funder;
    private LegalBasis legalBasis;
    private Integer durationMonths;
    /** One stage per line. */
    private String stages;
    private boolean holdsDisbursement;

    @PostConstruct
    void load() {
        programmes = programs.list();
    }

    public void prepareNew() {
        name = null;
        funder = null;
        legalBasis = LegalBasis.ANBEST_GK;
        durationMonths = 24;
        stages = null;
        holdsDisbursement = false;
    }

    public void create() {
        List<String> stageList = stages == null ? List.of() : Arrays.stream(stages.split("\\R"))
                .map(String::trim).filter(s -> !s.isEmpty()).toList();
        ProgramView created = programs.create(new ProgramInput(name, funder, legalBasis, durationMonths, stageList,
                holdsDisbursement));
        messages.global(FacesMessage.SEVERITY_INFO, "funding.programmes.created", created.name());
        PrimeFaces.current().executeScript("PF('newProgrammeDialog').hide()");
        load();
    }

    public List<ProgramView> getProgrammes() {
        return programmes;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getFunder() {
        return funder;
    }

    public void setFunder(String funder) {
        this.funder = funder;
    }

    public LegalBasis getLegalBasis() {
        return legalBasis;
    }

    public void setLegalBasis(LegalBasis legalBasis) {
        this.legalBasis = legalBasis;
    }

    public Integer getDurationMonths() {
        return durationMonths;
    }

    public void setDurationMonths(Integer durationMonths) {
        this.durationMonths = durationMonths;
    }

    public String getStages() {
        return stages;
    }

    public void setStages(String stages) {
        this.stages = stages;
    }

    public boolean isHoldsDisbursement() {
        return holdsDisbursement;
    }

    public void setHoldsDisbursement(boolean holdsDisbursement) {
        this.holdsDisbursement = holdsDisbursement;
    }
}
