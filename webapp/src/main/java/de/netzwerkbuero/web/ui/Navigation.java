package de.netzwerkbuero.web.ui;

import de.netzwerkbuero.platform.api.Roles;
import de.netzwerkbuero.web.i18n.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.menu.DefaultMenuItem;
import org.primefaces.model.menu.DefaultMenuModel;
import org.primefaces.model.menu.MenuModel;

import java.util.List;
import java.util.Set;

/**
 * The main menu: each role sees only the pages it may use. (The facades refuse everything else anyway;
 * the menu only spares users from links that would fail.)
 */
@Named
@RequestScoped
public class Navigation {

    /** A page of the office application and the roles that may open it. */
    public record Entry(String labelKey, String outcome, String icon, Set<String> roles) {
    }

    static final List<Entry> ENTRIES = List.of(
            new Entry("nav.home", "/app/index", "pi pi-home",
                    Set.of(Roles.OFFICE, Roles.PROJECT_LEAD, Roles.AUDITOR, Roles.ADMIN)),
            new Entry("nav.members", "/app/members/list", "pi pi-building", Set.of(Roles.OFFICE)),
            new Entry("nav.admissionRounds", "/app/members/rounds", "pi pi-calendar-plus", Set.of(Roles.OFFICE)),
            new Entry("nav.prospects", "/app/members/prospects", "pi pi-envelope", Set.of(Roles.OFFICE)),
            new Entry("nav.register", "/app/members/register", "pi pi-database", Set.of(Roles.OFFICE, Roles.ADMIN)),
            new Entry("nav.events", "/app/events/index", "pi pi-ticket",
                    Set.of(Roles.OFFICE, Roles.AUDITOR, Roles.PROJECT_LEAD)),
            new Entry("nav.eventCalendar", "/app/events/calendar", "pi pi-calendar",
                    Set.of(Roles.OFFICE, Roles.AUDITOR, Roles.PROJECT_LEAD)),
            new Entry("nav.funding.projects", "/app/funding/projects", "pi pi-briefcase",
                    Set.of(Roles.OFFICE, Roles.PROJECT_LEAD, Roles.AUDITOR)),
            new Entry("nav.funding.deadlines", "/app/funding/deadlines", "pi pi-calendar-clock",
                    Set.of(Roles.OFFICE, Roles.PROJECT_LEAD, Roles.AUDITOR)),
            new Entry("nav.funding.programmes", "/app/funding/programmes", "pi pi-book",
                    Set.of(Roles.OFFICE, Roles.PROJECT_LEAD, Roles.AUDITOR)),
            new Entry("nav.privacy", "/app/privacy", "pi pi-shield", Set.of(Roles.OFFICE)),
            new Entry("nav.audit", "/app/audit", "pi pi-history", Set.of(Roles.AUDITOR, Roles.ADMIN)),
            new Entry("nav.accounts", "/app/admin/accounts", "pi pi-users", Set.of(Roles.ADMIN)),
            new Entry("nav.account", "/app/account", "pi pi-user",
                    Set.of(Roles.OFFICE, Roles.PROJECT_LEAD, Roles.AUDITOR, Roles.ADMIN)));

    @Inject
    private LocaleBean localeBean;

    private MenuModel model;

    public MenuModel getModel() {
        if (model == null) {
            model = build();
        }
        return model;
    }

    private MenuModel build() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        DefaultMenuModel menu = new DefaultMenuModel();
        for (Entry entry : ENTRIES) {
            if (entry.roles().stream().anyMatch(external::isUserInRole)) {
                menu.getElements().add(DefaultMenuItem.builder()
                        .id(entry.outcome().replace('/', '_'))
                        .value(Texts.text(entry.labelKey(), localeBean.getLocale()))
                        .icon(entry.icon())
                        .outcome(entry.outcome())
                        .build());
            }
        }
        return menu;
    }
}
