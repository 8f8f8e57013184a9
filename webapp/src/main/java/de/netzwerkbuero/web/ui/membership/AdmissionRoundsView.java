package de.netzwerkbuero.web.ui.membership;

import de.netzwerkbuero.membership.api.AdmissionRoundData;
import de.netzwerkbuero.membership.api.AdmissionRoundView;
import de.netzwerkbuero.membership.api.AdmissionRounds;
import de.netzwerkbuero.web.ui.UiMessages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** Admission rounds: list, create, open (confirmed prospects are told by mail), close. */
@Named
@ViewScoped
public class AdmissionRoundsView implements Serializable {

    @EJB
    private AdmissionRounds rounds;

    @Inject
    private UiMessages messages;

    private List<AdmissionRoundView> list = List.of();
    private LocalDate date;
    private LocalDate applicationDeadline;
    private Integer capacity;

    @PostConstruct
    void init() {
        reload();
    }

    private void reload() {
        list = rounds.list();
    }

    public void prepareNew() {
        date = null;
        applicationDeadline = null;
        capacity = null;
    }

    public void create() {
        AdmissionRoundView created = rounds.create(new AdmissionRoundData(date, applicationDeadline,
                capacity == null ? 0 : capacity));
        reload();
        messages.global(FacesMessage.SEVERITY_INFO, "rounds.created", Labels.date(created.date()));
        PrimeFaces.current().executeScript("PF('roundDialog').hide()");
    }

    public void open(AdmissionRoundView round) {
        rounds.open(round.id());
        reload();
        messages.global(FacesMessage.SEVERITY_INFO, "rounds.opened", Labels.date(round.date()));
    }

    public void close(AdmissionRoundView round) {
        rounds.close(round.id());
        reload();
        messages.global(FacesMessage.SEVERITY_INFO, "rounds.closed", Labels.date(round.date()));
    }

    public List<AdmissionRoundView> getList() {
        return list;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public LocalDate getApplicationDeadline() {
        return applicationDeadline;
    }

    public void setApplicationDeadline(LocalDate applicationDeadline) {
        this.applicationDeadline = applicationDeadline;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }
}
