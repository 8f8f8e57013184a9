package de.netzwerkbuero.membership.api;

/** Told during an import how many of the entries are written; called from the importing thread. */
@FunctionalInterface
public interface ImportProgress {

    ImportProgress NONE = (done, total) -> { };

    void update(int done, int total);
}
