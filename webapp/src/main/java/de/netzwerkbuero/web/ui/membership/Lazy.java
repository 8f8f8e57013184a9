package de.netzwerkbuero.web.ui.membership;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import java.util.Map;

/** Turns a lazy table's sort state into the facades' {@code field[,desc]}. */
final class Lazy {

    private Lazy() {
    }

    static String sort(Map<String, SortMeta> sort, String fallback) {
        return sort == null ? fallback : sort.values().stream()
                .filter(s -> s.getOrder() != SortOrder.UNSORTED)
                .findFirst()
                .map(s -> s.getField() + (s.getOrder() == SortOrder.DESCENDING ? ",desc" : ""))
                .orElse(fallback);
    }

    /** Sends the table back to its first page, e.g. after the filters changed. */
    static void firstPage(String tableClientId) {
        UIComponent table = FacesContext.getCurrentInstance().getViewRoot().findComponent(tableClientId);
        if (table instanceof DataTable dataTable) {
            dataTable.setFirst(0);
        }
    }
}
