package de.netzwerkbuero.web.ui.admin;

import de.netzwerkbuero.platform.api.Roles;
import de.netzwerkbuero.platform.api.account.AccountView;
import de.netzwerkbuero.platform.api.account.Accounts;
import de.netzwerkbuero.platform.api.account.NewAccount;
import de.netzwerkbuero.platform.api.account.PasswordPolicy;
import de.netzwerkbuero.platform.api.account.SecondFactor;
import de.netzwerkbuero.platform.api.paging.Page;
import de.netzwerkbuero.platform.api.paging.PageRequest;
import de.netzwerkbuero.web.ui.UiMessages;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/** Account administration: list, create, enable/disable, roles, password reset. */
@Named
@ViewScoped
public class AccountsView implements Serializable {

    public static final List<String> ROLES = List.of(Roles.OFFICE, Roles.PROJECT_LEAD, Roles.AUDITOR, Roles.ADMIN);

    @EJB
    private Accounts accounts;

    @EJB
    private SecondFactor secondFactor;

    @Inject
    private UiMessages messages;

    private final LazyDataModel<AccountView> model = new AccountsModel();

    private String username;
    private String displayName;
    private String email;
    private List<String> roles = new ArrayList<>();
    private String password;
    private AccountView selected;
    private List<String> totpRequiredFor;

    public void prepareNew() {
        username = null;
        displayName = null;
        email = null;
        roles = new ArrayList<>();
        password = null;
    }

    public void create() {
        accounts.create(new NewAccount(username, displayName, email, new HashSet<>(roles),
                password == null ? new char[0] : password.toCharArray()));
        messages.global(FacesMessage.SEVERITY_INFO, "accounts.created", username);
        PrimeFaces.current().executeScript("PF('newAccountDialog').hide()");
    }

    public void select(AccountView account) {
        selected = account;
        roles = new ArrayList<>(account.roles());
        password = null;
    }

    public void toggleEnabled(AccountView account) {
        accounts.setEnabled(account.username(), !account.enabled(), account.version());
        messages.global(FacesMessage.SEVERITY_INFO, account.enabled() ? "accounts.disabled" : "accounts.enabled",
                account.username());
    }

    public void saveRoles() {
        accounts.setRoles(selected.username(), new HashSet<>(roles), selected.version());
        messages.global(FacesMessage.SEVERITY_INFO, "accounts.rolesSaved", selected.username());
        PrimeFaces.current().executeScript("PF('rolesDialog').hide()");
    }

    public void resetPassword() {
        accounts.resetPassword(selected.username(), password == null ? new char[0] : password.toCharArray());
        password = null;
        messages.global(FacesMessage.SEVERITY_INFO, "accounts.passwordReset", selected.username());
        PrimeFaces.current().executeScript("PF('passwordDialog').hide()");
    }

    public void resetTotp(AccountView account) {
        secondFactor.reset(account.username());
        messages.global(FacesMessage.SEVERITY_INFO, "accounts.totpReset", account.username());
    }

    public void saveTotpPolicy() {
        totpRequiredFor = new ArrayList<>(secondFactor.setPolicy(new HashSet<>(getTotpRequiredFor())).requiredFor());
        messages.global(FacesMessage.SEVERITY_INFO, "accounts.totpPolicySaved");
    }

    public List<String> getTotpRequiredFor() {
        if (totpRequiredFor == null) {
            totpRequiredFor = new ArrayList<>(secondFactor.policy().requiredFor());
        }
        return totpRequiredFor;
    }

    public void setTotpRequiredFor(List<String> roles) {
        this.totpRequiredFor = roles;
    }

    public List<String> getTotpRoles() {
        return List.of(Roles.ADMIN, Roles.AUDITOR);
    }

    public int getMinPasswordLength() {
        return PasswordPolicy.MIN_LENGTH;
    }

    public List<String> getAllRoles() {
        return ROLES;
    }

    private class AccountsModel extends LazyDataModel<AccountView> {

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return (int) accounts.list(PageRequest.first(1)).total();
        }

        @Override
        public List<AccountView> load(int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
            String sortParam = sort.values().stream().findFirst()
                    .map(s -> s.getField() + (s.getOrder() == SortOrder.DESCENDING ? ",desc" : ""))
                    .orElse("username");
            Page<AccountView> page = accounts.list(new PageRequest(first / pageSize, pageSize, sortParam));
            setRowCount((int) page.total());
            return page.items();
        }

        @Override
        public String getRowKey(AccountView account) {
            return account.username();
        }
    }

    public LazyDataModel<AccountView> getModel() {
        return model;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public AccountView getSelected() {
        return selected;
    }
}
