package org.alliances.conversations.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.alliances.conversations.ConversationSummary;
import org.alliances.conversations.Conversations;
import org.alliances.kernel.InvalidInputException;
import org.alliances.kernel.Roles;
import org.alliances.kernel.Territories;
import org.alliances.kernel.ui.FieldErrors;
import org.alliances.kernel.ui.TextLimits;

/**
 * "Messages": the organisation's conversations, the most recent first, each with the partner, the need or the
 * partnership it is about, the last message and what the member has not read; 20 a page, searchable by the partner's
 * name or a word of a message.
 */
@Route("messages")
@Menu(title = "menu.messages", order = 32, icon = "vaadin:comments-o")
@RolesAllowed({Roles.ASSOCIATION, Roles.COMPANY})
class MessagesView extends VerticalLayout implements HasDynamicTitle {

    /** The longest excerpt of the last message a line shows. */
    static final int EXCERPT = 160;

    final TextField search = new TextField();
    final Button find = new Button();
    final Div list = new Div();
    final Paragraph empty = new Paragraph();
    final Button previous = new Button();
    final Button next = new Button();
    final Span position = new Span();

    private final Conversations conversations;
    private final FieldErrors errors = new FieldErrors();
    private int page;

    MessagesView(Conversations conversations) {
        this.conversations = conversations;
        addClassName("page");
        add(new H1(getTranslation("messages.title")), new Paragraph(getTranslation("messages.intro")));
        search.setLabel(getTranslation("messages.search"));
        search.setClearButtonVisible(true);
        search.setWidth("min(22rem, 100%)");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        TextLimits.limit(search, Conversations.SEARCH_LONGEST);
        errors.bind("search", search);
        find.setText(getTranslation("messages.search.run"));
        find.addClickListener(click -> show(0));
        find.addClickShortcut(com.vaadin.flow.component.Key.ENTER).listenOn(search);
        var searchRow = new HorizontalLayout(search, find);
        searchRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        searchRow.setWrap(true);
        list.addClassName("conversation-list");
        previous.setText(getTranslation("messages.previous"));
        next.setText(getTranslation("messages.next"));
        previous.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        next.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        previous.addClickListener(click -> show(page - 1));
        next.addClickListener(click -> show(page + 1));
        var pager = new HorizontalLayout(previous, position, next);
        pager.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(searchRow, empty, list, pager);
        show(0);
    }

    void show(int wanted) {
        errors.clear();
        try {
            var found = conversations.mine(search.getValue(), Math.max(0, wanted));
            page = found.getNumber();
            list.removeAll();
            var format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(getLocale());
            found.forEach(line -> list.add(card(line, format)));
            boolean none = !found.hasContent();
            empty.setText(search.getValue().isBlank() ? getTranslation("messages.empty") : getTranslation("messages.none-found"));
            empty.setVisible(none);
            previous.setEnabled(found.hasPrevious());
            next.setEnabled(found.hasNext());
            position.setText(getTranslation("messages.page", page + 1));
            previous.getParent().ifPresent(pager -> pager.setVisible(found.hasPrevious() || found.hasNext()));
        } catch (InvalidInputException refused) {
            errors.show(refused, this);
        }
    }

    private Div card(ConversationSummary line, DateTimeFormatter format) {
        var card = new Div();
        card.addClassName("card");
        card.addClassName("conversation-line");
        var conversation = line.conversation();
        var heading = new H2(new RouterLink(line.partnerName(), ConversationView.class, conversation.id().toString()));
        card.add(heading);
        var about = line.about().isEmpty() ? getTranslation("conversations.about.partnership")
                : conversation.partnershipId() != null ? getTranslation("conversations.about.partnership.need", line.about())
                : getTranslation("conversations.about.interest", line.about());
        card.add(new Paragraph(about + (conversation.isClosed() ? " — " + getTranslation("messages.closed") : "")));
        if (line.lastMessage() != null) {
            var text = line.lastMessage().body();
            var excerpt = new Paragraph(text.length() > EXCERPT ? text.substring(0, EXCERPT) + "…" : text);
            excerpt.addClassName("conversation-excerpt");
            card.add(excerpt);
            card.add(new Paragraph(getTranslation("messages.last", format.format(line.lastMessage().sentAt().atZone(Territories.TIME_ZONE)))));
        }
        if (line.unread() > 0) {
            var unread = new Span(getTranslation("messages.unread", line.unread()));
            unread.addClassName("unread-badge");
            unread.getElement().getThemeList().add("badge primary");
            card.add(unread);
            card.addClassName("has-unread");
        }
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("title.messages") + " · " + getTranslation("app.name");
    }
}
