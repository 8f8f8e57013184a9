package de.netzwerkbuero.web.ui.funding;

import de.netzwerkbuero.funding.api.ReportView;
import de.netzwerkbuero.funding.api.Reviews;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import java.util.List;

/** The auditor's start-page block: reports waiting for review, the longest waiting first. */
@Named
@RequestScoped
public class ReviewQueue {

    static final int SHOWN = 10;

    @EJB
    private Reviews reviews;

    private List<ReportView> waiting;

    public List<ReportView> getWaiting() {
        if (waiting == null) {
            waiting = reviews.awaitingReview(SHOWN);
        }
        return waiting;
    }
}
