package org.triagem.application.subject;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.triagem.application.ActionNotPermittedException;
import org.triagem.application.Actor;
import org.triagem.application.CaseNotFoundException;
import org.triagem.application.CaseQueries;
import org.triagem.domain.model.complaint.Case;
import org.triagem.domain.model.complaint.CaseRepository;
import org.triagem.domain.model.complaint.ProtocolNumber;
import org.triagem.domain.model.subject.Delivery;
import org.triagem.domain.model.subject.RequestChannel;
import org.triagem.domain.model.subject.RequestKind;
import org.triagem.domain.model.subject.SubjectAudit;
import org.triagem.domain.model.subject.SubjectData;
import org.triagem.domain.model.subject.SubjectKey;
import org.triagem.domain.model.subject.SubjectRequest;
import org.triagem.domain.model.subject.SubjectRequests;

/**
 * The requests, each in one transaction: registering one, rendering and delivering the history, and the
 * audit line for every delivery. Who may act: the customer themselves after verification; staff of the
 * case's department; the DPO and admins for any.
 */
@ApplicationScoped
@Transactional
class DefaultSubjectRequestService implements SubjectRequestService {

    static final String CUSTOMER = "customer";

    @Inject
    CaseQueries caseQueries;

    @Inject
    CaseRepository cases;

    @Inject
    SubjectData data;

    @Inject
    SubjectRequests requests;

    @Inject
    SubjectNotices notices;

    @Inject
    PdfRenderer pdf;

    @Inject
    Clock clock;

    @Override
    public Optional<HistoryDocument> historyOnStatusPage(ProtocolNumber protocol, String verification) {
        return caseQueries.forCustomer(protocol, verification).map(verified -> {
            OffsetDateTime now = OffsetDateTime.now(clock);
            SubjectRequest request = receive(verified, RequestKind.HISTORY, RequestChannel.STATUS_PAGE, CUSTOMER, now);
            HistoryDocument document = render(request, verified, now);
            request.fulfil(CUSTOMER, Delivery.DOWNLOAD, now);
            audit(CUSTOMER, verified, "history of " + document.protocol() + " downloaded on the status page", now);
            return document;
        });
    }

    @Override
    public Optional<RequestView> accessOnStatusPage(ProtocolNumber protocol, String verification) {
        return caseQueries.forCustomer(protocol, verification).map(verified -> {
            OffsetDateTime now = OffsetDateTime.now(clock);
            return RequestView.of(receive(verified, RequestKind.ACCESS, RequestChannel.STATUS_PAGE, CUSTOMER, now), now);
        });
    }

    @Override
    public RequestView register(Actor staff, ProtocolNumber protocol, RequestKind kind, RequestChannel channel) {
        Case c = cases.find(protocol).orElseThrow(() -> new CaseNotFoundException(protocol));
        mayActOn(staff, c);
        OffsetDateTime now = OffsetDateTime.now(clock);
        SubjectRequest request = receive(c, kind, channel, staff.username(), now);
        String email = c.firstContact().customer().email();
        if (kind == RequestKind.HISTORY && email != null) {
            // The default is to fulfil at once: the customer who left an address gets it by mail.
            notices.sendHistory(request, email, render(request, c, now).html(), now);
            request.fulfil(staff.username(), Delivery.MAIL, now);
            audit(staff.username(), c, "history of " + protocol.value() + " sent by mail", now);
        }
        return RequestView.of(request, now);
    }

    @Override
    public RequestView fulfil(Actor staff, long id, Delivery how) {
        SubjectRequest request = requests.find(id).orElseThrow(() -> new SubjectRequestNotFoundException(id));
        Case c = cases.find(request.protocol()).orElseThrow(() -> new CaseNotFoundException(request.protocol()));
        mayActOn(staff, c);
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (request.isFulfilled()) {
            throw new ActionNotPermittedException("request " + id + " was fulfilled already");
        }
        request.fulfil(staff.username(), how, now);
        return RequestView.of(request, now);
    }

    @Override
    public HistoryDocument historyFor(Actor staff, long id) {
        SubjectRequest request = requests.find(id).orElseThrow(() -> new SubjectRequestNotFoundException(id));
        Case c = cases.find(request.protocol()).orElseThrow(() -> new CaseNotFoundException(request.protocol()));
        mayActOn(staff, c);
        OffsetDateTime now = OffsetDateTime.now(clock);
        audit(staff.username(), c, "history of " + c.protocol().value() + " rendered for request " + id, now);
        return render(request, c, now);
    }

    @Override
    public List<RequestView> newest(Actor reader, int limit) {
        mayRead(reader);
        OffsetDateTime now = OffsetDateTime.now(clock);
        return requests.newest(null, limit).stream().map(r -> RequestView.of(r, now)).toList();
    }

    @Override
    public List<RequestTally> tally(Actor reader, LocalDate from, LocalDate to) {
        mayRead(reader);
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<SubjectRequest> received = requests.receivedBetween(
                from.atStartOfDay(Xhtml.BRAZIL).toOffsetDateTime(),
                to.plusDays(1).atStartOfDay(Xhtml.BRAZIL).toOffsetDateTime());
        return Arrays.stream(RequestKind.values()).map(k -> RequestTally.of(k, received, now)).toList();
    }

    private SubjectRequest receive(Case c, RequestKind kind, RequestChannel channel, String by, OffsetDateTime now) {
        SubjectRequest request = SubjectRequest.receive(kind, channel, c.protocol(), subjectOf(c), by, now);
        requests.add(request);
        return request;
    }

    private HistoryDocument render(SubjectRequest request, Case verified, OffsetDateTime now) {
        List<Case> theirs = data.casesOf(verified.firstContact().customer());
        if (theirs.stream().noneMatch(c -> c.protocol().equals(verified.protocol()))) {
            // An anonymous customer (verified by code) has only this case.
            theirs = new java.util.ArrayList<>(theirs);
            theirs.add(verified);
        }
        String html = HistoryHtml.render(CustomerHistory.of(verified.firstContact().customer().name(), theirs, now));
        return new HistoryDocument(request.id() == null ? 0 : request.id(), verified.protocol().value(), html,
                pdf.render(html));
    }

    private void audit(String actor, Case c, String detail, OffsetDateTime now) {
        requests.audit(SubjectAudit.of(actor, SubjectAudit.Action.HISTORY_DELIVERED, subjectOf(c), detail, now));
    }

    /** The subject of an anonymous case is the case itself, by protocol. */
    private static SubjectKey subjectOf(Case c) {
        return SubjectKey.of(c.firstContact().customer())
                .orElseGet(() -> new SubjectKey(SubjectKey.Type.PROTOCOL, c.protocol().value()));
    }

    private static void mayActOn(Actor staff, Case c) {
        if (!staff.canSee(c.department()) && !staff.answersForSubjects()) {
            // Like an unknown protocol: staff of another department learn nothing of the case.
            throw new CaseNotFoundException(c.protocol());
        }
    }

    private static void mayRead(Actor reader) {
        if (!reader.answersForSubjects() && !reader.has(Actor.Role.SUPERVISOR)) {
            throw new ActionNotPermittedException("only the DPO, admins and supervisors see the subjects' requests");
        }
    }
}
