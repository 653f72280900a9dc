package org.alliances.conversations.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;
import java.util.UUID;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.router.WildcardParameter;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import org.alliances.conversations.Conversation;
import org.alliances.conversations.Conversations;
import org.alliances.conversations.Message;
import org.alliances.conversations.PartnershipDocuments;
import org.alliances.conversations.PartnershipAgreements;
import org.alliances.kernel.ContentKind;
import org.alliances.kernel.ContentReports;
import org.alliances.kernel.CurrentOrganization;
import org.alliances.kernel.InvalidInputException;
import org.alliances.kernel.Roles;
import org.alliances.kernel.Territories;
import org.alliances.kernel.ui.FieldErrors;
import org.alliances.kernel.ui.ReportButton;
import org.alliances.kernel.ui.TextLimits;
import org.jspecify.annotations.Nullable;

/**
 * One conversation between a company and an association, for the members of those two only: the messages, the oldest
 * first, each signed with the member's name, organisation and time; a field to write (Enter sends, Shift+Enter goes to
 * the line); the partnership's documents. A message written in another window, by the partner or a colleague, appears
 * without a reload. Reached by its id, or from an interest ({@code interet/<id>}) or a partnership
 * ({@code partenariat/<id>}); to anyone else it does not exist.
 */
@Route("conversation")
@RolesAllowed({Roles.ASSOCIATION, Roles.COMPANY})
class ConversationView extends VerticalLayout implements HasDynamicTitle, HasUrlParameter<String> {

    final H1 title = new H1();
    final Paragraph about = new Paragraph();
    final Paragraph closed = new Paragraph();
    final Div messages = new Div();
    final TextArea body = new TextArea();
    final Button send = new Button();
    final DocumentsPanel documents;

    private final Conversations conversations;
    private final LiveConversations live;
    private final ContentReports reports;
    private final CurrentOrganization currentOrganization;
    private final FieldErrors errors = new FieldErrors();
    private @Nullable Conversation conversation;
    private String partnerName = "";
    private @Nullable Registration watching;
    /** The messages on screen: a refresh that finds the same leaves the page as it is. */
    private java.util.List<UUID> displayed = java.util.List.of();

    ConversationView(Conversations conversations, PartnershipDocuments documents, PartnershipAgreements agreements, LiveConversations live,
                     ContentReports reports, CurrentOrganization currentOrganization) {
        this.conversations = conversations;
        this.live = live;
        this.reports = reports;
        this.currentOrganization = currentOrganization;
        this.documents = new DocumentsPanel(documents, agreements, currentOrganization);
        addClassName("page");
        addClassName("conversation-page");
        messages.addClassName("messages");
        messages.getElement().setAttribute("role", "log");
        body.setLabel(getTranslation("conversations.write"));
        body.setHelperText(getTranslation("conversations.write.help"));
        body.setWidthFull();
        body.setMinRows(3);
        TextLimits.limit(body, Conversations.BODY.max());
        errors.bind("body", body);
        send.setText(getTranslation("conversations.send"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(click -> send());
        send.addClickShortcut(Key.ENTER).listenOn(body).resetFocusOnActiveElement();
    }

    @Override
    public void setParameter(BeforeEvent event, @WildcardParameter String parameter) {
        conversation = find(parameter).orElse(null);
        displayed = java.util.List.of();
        removeAll();
        var back = new RouterLink(getTranslation("conversations.back"), MessagesView.class);
        messages.removeAll();
        documents.removeAll();
        if (conversation == null) {
            add(back, new H1(getTranslation("conversations.unknown.title")), new Paragraph(getTranslation("conversations.unknown")));
            return;
        }
        var me = currentOrganization.require().id();
        partnerName = conversations.organizationName(conversation.partnerOf(me));
        title.setText(getTranslation("conversations.page.title", partnerName));
        var subject = conversations.about(conversation);
        about.removeAll();
        if (conversation.partnershipId() != null) {
            about.add(new Span(subject.isEmpty() ? getTranslation("conversations.about.partnership")
                    : getTranslation("conversations.about.partnership.need", subject)), new Span(" "),
                    new Anchor("partenariat/" + conversation.partnershipId(), getTranslation("conversations.partnership.open")));
        } else {
            about.setText(getTranslation("conversations.about.interest", subject));
        }
        closed.setText(getTranslation("conversations.closed.notice"));
        closed.addClassName("conversation-closed");
        closed.setVisible(conversation.isClosed());
        add(back, title, about, closed, new H2(getTranslation("conversations.messages")), messages);
        messages.getElement().setAttribute("aria-label", getTranslation("conversations.messages"));
        if (!conversation.isClosed()) {
            add(body, send);
        }
        showMessages();
        if (conversation.partnershipId() != null) {
            add(documents);
            documents.show(conversation, partnerName);
        }
    }

    private Optional<Conversation> find(String parameter) {
        try {
            if (parameter.startsWith("partenariat/")) {
                return conversations.ofPartnership(UUID.fromString(parameter.substring("partenariat/".length())));
            }
            if (parameter.startsWith("interet/")) {
                return conversations.ofInterest(UUID.fromString(parameter.substring("interet/".length())));
            }
            return conversations.find(UUID.fromString(parameter));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    void send() {
        if (conversation == null) {
            return;
        }
        errors.clear();
        try {
            conversations.send(conversation.id(), body.getValue());
            body.clear();
            showMessages();
        } catch (InvalidInputException refused) {
            errors.show(refused, this);
        }
    }

    /** Shows every message again and marks them read: the member has them on screen. */
    void showMessages() {
        if (conversation == null) {
            return;
        }
        var me = currentOrganization.require().id();
        var shown = conversations.messages(conversation.id());
        var ids = shown.stream().map(Message::id).toList();
        if (ids.equals(displayed) && messages.getChildren().findAny().isPresent()) {
            conversations.markRead(conversation.id());
            return;
        }
        displayed = ids;
        messages.removeAll();
        if (shown.isEmpty()) {
            messages.add(new Paragraph(getTranslation("conversations.empty")));
        }
        var format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(getLocale());
        for (var message : shown) {
            messages.add(message(message, me, format));
        }
        conversations.markRead(conversation.id());
    }

    private Div message(Message message, UUID me, DateTimeFormatter format) {
        var item = new Div();
        item.addClassName("message");
        boolean mine = message.authorOrganizationId().equals(me);
        item.addClassName(mine ? "mine" : "theirs");
        var organization = mine ? currentOrganization.require().name() : partnerName;
        var who = message.authorName().isBlank() ? organization : message.authorName();
        var signature = new Paragraph(new Span(message.authorName().isBlank() ? organization : who + " · " + organization),
                new Span(" · " + format.format(message.sentAt().atZone(Territories.TIME_ZONE))));
        signature.addClassName("message-signature");
        item.add(signature);
        if (message.hidden() && message.body().isEmpty()) {
            var hidden = new Paragraph(getTranslation("conversations.hidden"));
            hidden.addClassName("message-hidden");
            item.add(hidden);
            return item;
        }
        item.add(MessageText.of(message.body()));
        if (message.hidden()) {
            var hidden = new Paragraph(getTranslation("conversations.hidden.mine"));
            hidden.addClassName("message-hidden");
            item.add(hidden);
        } else if (!mine) {
            var report = new ReportButton(reports, ContentKind.MESSAGE, message.id());
            report.getElement().setAttribute("aria-label", getTranslation("conversations.report", who));
            item.add(report);
        }
        return item;
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        if (conversation != null) {
            watching = live.watch(conversation.id(), attach.getUI(), () -> {
                if (currentOrganization.get().isEmpty()) {
                    return; // removed or deactivated meanwhile: their next click leads to the login page
                }
                showMessages();
                documents.refresh();
            });
        }
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        if (watching != null) {
            watching.remove();
            watching = null;
        }
    }

    @Override
    public String getPageTitle() {
        var what = conversation == null ? getTranslation("conversations.unknown.title") : getTranslation("conversations.page.title", partnerName);
        return what + " · " + getTranslation("app.name");
    }
}
