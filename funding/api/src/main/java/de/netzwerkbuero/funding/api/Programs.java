package de.netzwerkbuero.funding.api;

import jakarta.ejb.Local;

import java.util.List;

/** Funding programmes: everyone of funding reads them, the office maintains them. */
@Local
public interface Programs {

    /** All programmes, by name (there are few). */
    List<ProgramView> list();

    ProgramView get(long id);

    ProgramView create(ProgramInput input);

    ProgramView update(long id, long expectedVersion, ProgramInput input);
}
