package org.triagem.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.logging.Logger;
import org.triagem.application.ActionNotPermittedException;
import org.triagem.application.Actor;
import org.triagem.application.CaseCommand;
import org.triagem.application.CaseNotFoundException;
import org.triagem.application.CaseClocks;
import org.triagem.application.CaseWorkService;
import org.triagem.application.ServiceCounters;
import org.triagem.application.StaleCaseException;
import org.triagem.domain.model.complaint.Case;
import org.triagem.domain.model.complaint.CaseRepository;
import org.triagem.domain.model.complaint.HowAssigned;
import org.triagem.domain.model.complaint.InvalidCaseRequestException;
import org.triagem.domain.model.complaint.ProtocolNumber;
import org.triagem.domain.model.routing.ComplaintFacts;
import org.triagem.domain.model.routing.RoutingDecision;
import org.triagem.domain.model.routing.RoutingDecisions;
import org.triagem.domain.model.staff.StaffDirectory;

/**
 * The lifecycle actions: finds the case as the actor sees it, checks the version they read and what
 * their role allows, then calls the one verb on the case. The case's version moves on with every
 * action, so two people acting on what they both read as version 7 cannot both succeed.
 */
@ApplicationScoped
class DefaultCaseWorkService implements CaseWorkService {

    private static final Logger LOG = Logger.getLogger(DefaultCaseWorkService.class.getName());

    @Inject
    CaseRepository cases;

    @Inject
    CaseClocks clocks;

    @Inject
    StaffDirectory staff;

    @Inject
    CaseAssigner assigner;

    @Inject
    PushEvents pushes = PushEvents.NONE;

    @Inject
    RoutingDecisions routing;

    @Inject
    Clock clock;

    @Inject
    ServiceCounters counters;

    @Inject
    SurveyInvitations invitations;

    @Inject
    CatalogueChecks catalogues;

    @Override
    @Transactional
    public Case perform(Actor actor, ProtocolNumber protocol, long expectedVersion, CaseCommand command) {
        Case c = visible(actor, protocol);
        if (c.version() != expectedVersion) {
            throw new StaleCaseException(expectedVersion, c.version());
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        String me = actor.username();
        int mark = ServiceCounters.mark(c);
        String departmentBefore = c.department();
        String assigneeBefore = c.assignee();
        if (command instanceof CaseCommand.Claim) {
            c.claim(me, now);
        } else if (command instanceof CaseCommand.Assign assign) {
            assign(actor, c, assign.agent(), now);
        } else if (command instanceof CaseCommand.Unassign) {
            if (!actor.supervises(c.department()) && !me.equals(c.assignee())) {
                throw new ActionNotPermittedException("Only the assignee or a supervisor may unassign this case.");
            }
            c.unassign(me, now);
        } else if (command instanceof CaseCommand.Start) {
            c.startWork(me, clocks.settingsFor(c.department()), now);
        } else if (command instanceof CaseCommand.Transfer t) {
            transfer(c, t, me, now);
        } else if (command instanceof CaseCommand.AwaitCustomer) {
            c.awaitCustomer(me, now);
        } else if (command instanceof CaseCommand.Resolve r) {
            c.resolve(me, catalogues.resolution(r.resolution()), now);
            // In this transaction: a survey is queued with the resolution, or neither is.
            invitations.afterResolution(c, now);
        } else if (command instanceof CaseCommand.Close) {
            c.close(me, now);
        } else if (command instanceof CaseCommand.Reopen) {
            c.reopen(me, clocks.settingsFor(c.department()), now);
        } else if (command instanceof CaseCommand.Merge m) {
            Case target = visible(actor, ProtocolNumber.parse(m.into()));
            c.merge().into(target, me, now);
            cases.touch(target);
        } else if (command instanceof CaseCommand.MarkDuplicate d) {
            Case original = visible(actor, ProtocolNumber.parse(d.original()));
            c.merge().markDuplicateOf(original, me, now);
            cases.touch(original);
        }
        // A transfer arrives in a push department; a resolution or a move frees the agent for the queue.
        pushes.afterChange(c, departmentBefore, assigneeBefore, now);
        cases.touch(c);
        counters.countSince(c, mark);
        LOG.info(() -> "case " + protocol + ": " + command.action().slug() + " by " + me + ", now " + c.status());
        return DefaultCaseQueries.loaded(c);
    }

    private Case visible(Actor actor, ProtocolNumber protocol) {
        return cases.find(protocol).filter(c -> actor.canSee(c.department()))
                .orElseThrow(() -> new CaseNotFoundException(protocol));
    }

    private void assign(Actor actor, Case c, String agent, OffsetDateTime now) {
        if (!actor.supervises(c.department())) {
            throw new ActionNotPermittedException("Only a supervisor of " + c.department()
                    + " may assign its cases; agents claim them.");
        }
        if (agent == null || agent.isBlank()) {
            CaseAssigner.Choice choice = assigner.choose(c).orElseThrow(() -> new InvalidCaseRequestException(
                    InvalidCaseRequestException.Reason.NO_AGENT_PRESENT, c.department()));
            c.assignTo(choice.agent(), actor.username(), choice.how(), now);
            return;
        }
        boolean works = staff.find(agent.strip()).map(m -> m.canTakeCasesOf(c.department())).orElse(false);
        if (!works) {
            throw new InvalidCaseRequestException(InvalidCaseRequestException.Reason.NOT_AN_AGENT_OF, agent.strip(),
                    c.department());
        }
        c.assignTo(agent.strip(), actor.username(), HowAssigned.bySupervisor(actor.username()), now);
    }

    private void transfer(Case c, CaseCommand.Transfer t, String me, OffsetDateTime now) {
        boolean named = t.department() != null && !t.department().isBlank();
        // A department nobody staffs would take the case out of every queue: only the list's are accepted.
        String chosen = named ? catalogues.department(t.department()) : null;
        RoutingDecision decision = !t.keepDecisions() || !named ? redecide(c) : null;
        String to = named ? chosen : decision.department();
        c.transferTo(to, t.keepDecisions() ? null : decision, t.reason(), me, clocks.settingsFor(to), now);
    }

    /** The rules decide again on the complaint as it came in, and on the customer as they stand now. */
    private RoutingDecision redecide(Case c) {
        return routing.decide(ComplaintFacts.of(c, cases.countOpenFor(c.firstContact().customer())).complaint());
    }
}
