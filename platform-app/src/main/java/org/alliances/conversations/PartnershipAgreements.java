package org.alliances.conversations;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.IntFunction;

import org.alliances.kernel.InvalidInputException;
import org.alliances.kernel.OrganizationService;
import org.alliances.kernel.Roles;
import org.alliances.kernel.Territories;
import org.alliances.matching.InterestOpenings;
import org.alliances.partnerships.PartnershipService;
import org.springframework.data.domain.Page;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Prepares a partnership's draft agreement ("convention de partenariat") from what the platform knows of it and adds
 * it to the partnership's documents: the partners complete it, sign it outside the platform and may share the signed
 * copy there too. Only the two partners prepare it, while the partnership goes on.
 */
@Service
public class PartnershipAgreements {

    /** The most lines of contributions, stages or indicators the draft lists (the rest is on the partnership's page). */
    static final int LONGEST_LIST = 200;

    private static final String PARTNERS = "hasAnyRole('" + Roles.ASSOCIATION + "', '" + Roles.COMPANY + "')";

    private final PartnershipService partnerships;
    private final Conversations conversations;
    private final PartnershipDocuments documents;
    private final OrganizationService organizations;
    private final InterestOpenings openings;
    private final AgreementWriter writer;
    private final Clock clock;

    PartnershipAgreements(PartnershipService partnerships, Conversations conversations, PartnershipDocuments documents,
                          OrganizationService organizations, InterestOpenings openings, AgreementWriter writer, Clock clock) {
        this.partnerships = partnerships;
        this.conversations = conversations;
        this.documents = documents;
        this.organizations = organizations;
        this.openings = openings;
        this.writer = writer;
        this.clock = clock;
    }

    /** Writes the draft as a PDF and adds it to the partnership's documents, signed by the member who asked. */
    @PreAuthorize(PARTNERS)
    @Transactional
    public Document prepare(UUID partnershipId, Locale locale) {
        var partnership = partnerships.find(partnershipId).orElseThrow(() -> InvalidInputException.of("file", "conversations.unknown"));
        var conversation = conversations.ofPartnership(partnership.id()).orElseThrow(() -> InvalidInputException.of("file", "conversations.unknown"));
        if (conversation.isClosed()) {
            throw InvalidInputException.of("file", "conversations.closed");
        }
        var today = LocalDate.now(clock.withZone(Territories.TIME_ZONE));
        var draft = new AgreementWriter.Draft(partnership, organizations.find(partnership.associationId()).orElse(null),
                organizations.find(partnership.companyId()).orElse(null),
                conversation.needId() == null ? null : openings.need(conversation.needId()).orElse(null),
                all(page -> partnerships.contributions(partnership.id(), page)), all(page -> partnerships.history(partnership.id(), page)),
                all(page -> partnerships.indicators(partnership.id(), page)), today);
        var pdf = writer.write(draft, locale);
        return documents.add(conversation.id(), "convention-de-partenariat-" + today + ".pdf", pdf);
    }

    private static <T> List<T> all(IntFunction<Page<T>> pages) {
        var lines = new ArrayList<T>();
        for (int page = 0; lines.size() < LONGEST_LIST; page++) {
            var found = pages.apply(page);
            lines.addAll(found.getContent());
            if (!found.hasNext()) {
                break;
            }
        }
        return lines.size() > LONGEST_LIST ? lines.subList(0, LONGEST_LIST) : lines;
    }
}
