package org.alliances.conversations;

import java.text.Normalizer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.alliances.accounts.CurrentMember;
import org.alliances.accounts.SignedInMember;
import org.alliances.kernel.InvalidInputException;
import org.alliances.kernel.Organization;
import org.alliances.kernel.OrganizationService;
import org.alliances.kernel.Roles;
import org.alliances.kernel.TextChecks;
import org.alliances.kernel.TextColumn;
import org.alliances.matching.InterestOpenings;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the members of a company and an association say to each other on an interest and the partnership it becomes.
 * Only the members of the two organisations read and write a conversation; to anyone else it does not exist. A closed
 * one (the interest declined, withdrawn or lapsed; the partnership ended) is read-only.
 */
@Service
public class Conversations {

    /** What a member types: up to 5,000 characters, on several lines. */
    public static final TextColumn BODY = TextColumn.lines("conversations_message", "body", 5000);
    public static final int PAGE_SIZE = 20;
    /** The longest search a member types in "Messages". */
    public static final int SEARCH_LONGEST = 100;

    private static final String PARTNERS = "hasAnyRole('" + Roles.ASSOCIATION + "', '" + Roles.COMPANY + "')";

    private final ConversationStore store;
    private final CurrentMember currentMember;
    private final OrganizationService organizations;
    private final InterestOpenings openings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Conversations(ConversationStore store, CurrentMember currentMember, OrganizationService organizations, InterestOpenings openings,
                  ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.openings = openings;
        this.currentMember = currentMember;
        this.organizations = organizations;
        this.events = events;
        this.clock = clock;
    }

    /** The conversation, when the member's organisation is one of its two sides. */
    @PreAuthorize(PARTNERS)
    public Optional<Conversation> find(UUID id) {
        var me = currentMember.require();
        return store.find(id).filter(conversation -> conversation.involves(me.organization().id()));
    }

    @PreAuthorize(PARTNERS)
    public Optional<Conversation> ofPartnership(UUID partnershipId) {
        var me = currentMember.require();
        return store.ofPartnership(partnershipId).filter(conversation -> conversation.involves(me.organization().id()));
    }

    @PreAuthorize(PARTNERS)
    public Optional<Conversation> ofInterest(UUID interestId) {
        var me = currentMember.require();
        return store.ofInterest(interestId).filter(conversation -> conversation.involves(me.organization().id()));
    }

    /** The messages, the oldest first; nothing when the member's organisation is not a side. */
    @PreAuthorize(PARTNERS)
    public List<Message> messages(UUID conversationId) {
        var reader = currentMember.require().organization().id();
        return find(conversationId).map(conversation -> store.messages(conversation.id()).stream().map(message -> message.readBy(reader))
                .toList()).orElse(List.of());
    }

    /** Writes in the conversation as the signed-in member; refused with a message at the field when it cannot be sent. */
    @PreAuthorize(PARTNERS)
    @Transactional
    public Message send(UUID conversationId, String text) {
        var problems = new InvalidInputException.Collector();
        if (text == null || text.isBlank()) {
            problems.add("body", "conversations.message.required");
        } else {
            BODY.check("body", text, problems);
        }
        problems.throwIfAny();
        var me = currentMember.require();
        var conversation = find(conversationId).orElseThrow(() -> InvalidInputException.of("body", "conversations.unknown"));
        if (conversation.isClosed()) {
            throw InvalidInputException.of("body", "conversations.closed");
        }
        var now = clock.instant();
        var message = new Message(UUID.randomUUID(), conversation.id(), me.organization().id(), authorName(me), text.strip(), now, false);
        store.add(message.id(), conversation.id(), me.accountId(), message.authorOrganizationId(), message.authorName(), message.body(), now);
        store.readUpTo(conversation.id(), me.accountId(), now);
        events.publishEvent(new MessageSent(message.id(), conversation.id(), me.organization().id(),
                conversation.partnerOf(me.organization().id()), now));
        return message;
    }

    /** The member has read the conversation up to now. */
    @PreAuthorize(PARTNERS)
    @Transactional
    public void markRead(UUID conversationId) {
        var me = currentMember.require();
        find(conversationId).ifPresent(conversation -> {
            boolean news = store.unread(conversation.id(), me.organization().id(), me.accountId()) > 0;
            var now = clock.instant();
            store.readUpTo(conversation.id(), me.accountId(), now);
            if (news) {
                events.publishEvent(new ConversationRead(conversation.id(), me.accountId(), now));
            }
        });
    }

    /** How many messages of the partners the member has not read, in every conversation of the organisation. */
    @PreAuthorize(PARTNERS)
    public long unread() {
        var me = currentMember.require();
        return store.unread(me.organization().id(), me.accountId());
    }

    /**
     * A page of the organisation's conversations, the most recent first, with the partner, the last message and the
     * member's unread count; with words, those whose partner's name or a message holds them.
     */
    @PreAuthorize(PARTNERS)
    @Transactional(readOnly = true)
    public Slice<ConversationSummary> mine(@Nullable String search, int page) {
        var me = currentMember.require();
        var organization = me.organization().id();
        var words = search == null ? "" : TextChecks.searchWords(search, SEARCH_LONGEST);
        List<Conversation> found;
        if (words.isBlank()) {
            found = store.of(organization, null, List.of(), page * PAGE_SIZE, PAGE_SIZE + 1);
        } else {
            var partners = store.of(organization, null, List.of(), 0, Integer.MAX_VALUE).stream()
                    .map(conversation -> conversation.partnerOf(organization)).distinct().toList();
            var named = new ArrayList<UUID>();
            organizations.findAll(partners).forEach((id, partner) -> {
                if (folded(partner.name()).contains(folded(words))) {
                    named.add(id);
                }
            });
            found = store.of(organization, words, named, page * PAGE_SIZE, PAGE_SIZE + 1);
        }
        boolean more = found.size() > PAGE_SIZE;
        found = found.stream().limit(PAGE_SIZE).toList();
        var partnerNames = organizations.findAll(found.stream().map(conversation -> conversation.partnerOf(organization)).toList());
        var summaries = found.stream().map(conversation -> new ConversationSummary(conversation,
                nameOf(partnerNames.get(conversation.partnerOf(organization))), about(conversation), store.lastMessage(conversation.id()).map(message -> message.readBy(organization)).orElse(null),
                store.unread(conversation.id(), organization, me.accountId()))).toList();
        return new SliceImpl<>(summaries, PageRequest.of(Math.max(0, page), PAGE_SIZE), more);
    }

    /** The name of an organisation on either side, as its partner reads it. */
    @PreAuthorize(PARTNERS)
    public String organizationName(UUID organizationId) {
        return nameOf(organizations.find(organizationId).orElse(null));
    }

    /** What the conversation is about: the need's title; empty for a partnership declared without a need. */
    @PreAuthorize(PARTNERS)
    public String about(Conversation conversation) {
        return conversation.needId() == null ? "" : openings.needTitle(conversation.needId()).orElse("");
    }

    private static String nameOf(@Nullable Organization organization) {
        return organization == null ? Organization.DELETED_NAME : organization.name();
    }

    private static String authorName(SignedInMember member) {
        return member.name() == null ? "" : member.name();
    }

    private static String folded(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
