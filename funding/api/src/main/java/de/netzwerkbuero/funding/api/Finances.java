package de.netzwerkbuero.funding.api;

import de.netzwerkbuero.platform.api.paging.Page;
import de.netzwerkbuero.platform.api.paging.PageRequest;
import jakarta.ejb.Local;

import java.util.List;

/**
 * A project's finances. The office sets the cost plan; the lead (and the office) record disbursements and
 * expenditures; whoever may see the project reads them, the computed flags and the numerical proof.
 * Expenditures sort by spentOn (default), amount, category, id.
 */
@Local
public interface Finances {

    /** By year, then category. */
    List<CostPlanLineView> costPlan(long projectId);

    /** Replaces the whole cost plan; one line per category and year. */
    List<CostPlanLineView> replaceCostPlan(long projectId, List<CostPlanLineInput> lines);

    /** By payout date. */
    List<DisbursementView> disbursements(long projectId);

    /**
     * Refused when the total would exceed the approved amount, and, where the programme says so, while the
     * last interim proof that fell due is not accepted.
     */
    DisbursementView recordDisbursement(long projectId, DisbursementInput input);

    Page<ExpenditureView> expenditures(long projectId, PageRequest page);

    ExpenditureView recordExpenditure(long projectId, ExpenditureInput input);

    List<FlagView> flags(long projectId);

    NumericalProof numericalProof(long projectId);
}
