package org.alliances;

import static org.assertj.core.api.Assertions.assertThat;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.component.textfield.TextFieldTester;
import com.vaadin.flow.i18n.I18NProvider;
import org.alliances.kernel.testing.MutableClock;
import org.alliances.kernel.ui.SectionTabs;
import org.alliances.kernel.testing.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The engine of the hostile battery: opens a form as its member (a page, a tab, a dialog, an option chosen), puts each
 * payload in each of its text fields in turn, sends it, and checks what came back. The forms themselves are listed by
 * {@link HostileInputTests}.
 */
abstract class HostileFormsBattery extends SpringBrowserlessTest {

    /** A payload built for a field from the most characters it takes. */
    record Payload(String name, Function<Integer, String> text) {
    }

    static final List<Payload> PAYLOADS = List.of(
            new Payload("NUL", max -> "Texte\u0000nul"),
            new Payload("escape", max -> "Texte\u001b[31m rouge"),
            new Payload("direction override", max -> "Nom \u202Eevil.exe"),
            new Payload("line break", max -> "Ligne\r\n2026-12-04T10:00:00Z  WARN [main] FirstAdmin : FORGED LOG LINE"),
            new Payload("column length + 1", max -> "x".repeat(max + 1)),
            new Payload("100,000 characters", max -> "y".repeat(100_000)),
            new Payload("markup", max -> "<img src=x onerror=alert(1)> \"'&<script>alert(2)</script>"));

    /** A message key, or what a stack trace would show: never what a member should read. */
    private static final Pattern NOT_FOR_A_MEMBER = Pattern.compile("^[a-z0-9_.-]+$|Exception|\\bnull\\b");

    /**
     * A form: how to reach it as whom, what to press or choose to open it (a tab, a dialog, an option), and the button
     * that sends it ({@code null} for a filter, which acts as one types). A search saves nothing: its words are made safe
     * rather than refused.
     */
    record Form(String name, String member, String role, Supplier<String> route, List<String> openers, String submitKey, boolean search) {

        Form(String name, String member, String role, Supplier<String> route, List<String> openers, String submitKey) {
            this(name, member, role, route, openers, submitKey, false);
        }

        /** The page the form is on, without its parameter: {@code partenariat} for {@code partenariat/<id>}. */
        String page() {
            return route.get().replaceAll("/[0-9a-f-]{36}$", "");
        }

        static Form search(String name, String member, String role, String route, String submitKey) {
            return new Form(name, member, role, () -> route, List.of(), submitKey, true);
        }
    }

    @Autowired I18NProvider texts;
    @Autowired JdbcTemplate jdbc;
    @Autowired MutableClock clock;

    /** Every payload into every text field of the form, one field at a time, the form opened afresh each time. */
    protected void attack(Form form) {
        var fields = open(form).orElseThrow(() -> new AssertionError(form.name() + ": the form could not be opened"));
        assertThat(fields).as(form.name() + ": its text fields").isNotEmpty();
        for (int index = 0; index < fields.size(); index++) {
            for (var payload : PAYLOADS) {
                clock.advance(Duration.ofHours(2));
                var reopened = open(form);
                if (reopened.isEmpty()) {
                    // a payload the form accepted used up what it acts on (the only pending request, the only interest)
                    assertThat(isStorable(payload.text().apply(1), true)).as(form.name() + ": gone before " + payload.name()).isTrue();
                    continue;
                }
                var field = reopened.get().get(index);
                send(form, field, payload);
            }
        }
    }

    private void send(Form form, TextFieldBase<?, ?> field, Payload payload) {
        var what = form.name() + " / " + label(field) + " / " + payload.name();
        int max = maxLength(field);
        assertThat(max).as(what + ": the field's most characters").isPositive();
        var text = payload.text().apply(max);
        boolean refusable = !isStorable(text, field instanceof TextArea) || text.length() > max;
        waitForEvents();
        var before = rowCounts();
        setValue(field, text);
        if (form.submitKey() != null) {
            var submit = submitButton(form).orElseThrow(() -> new AssertionError(what + ": no button " + form.submitKey()));
            test(submit).click();
        }
        if (refusable && !form.search()) {
            assertThat(field.isInvalid()).as(what + ": refused at the field").isTrue();
            assertThat(rowCounts()).as(what + ": nothing saved").isEqualTo(before);
        }
        if (field.isInvalid()) {
            assertThat(field.getErrorMessage()).as(what + ": the message at the field").isNotBlank().doesNotContainPattern(NOT_FOR_A_MEMBER);
        }
        for (var notice : find(Notification.class).all()) {
            var said = notice.getElement().getProperty("text", "") + notice.getElement().getText();
            assertThat(said).as(what + ": a notice").doesNotContainPattern(NOT_FOR_A_MEMBER);
        }
    }

    /** Opens the form as its member and returns its text fields, or empty when what it acts on is gone. */
    protected Optional<List<TextFieldBase<?, ?>>> open(Form form) {
        if (form.member() == null) {
            SignIn.out();
        } else {
            SignIn.as(form.member(), form.role());
        }
        find(Dialog.class).all().forEach(Dialog::close);
        var route = form.route().get();
        if (route.equals(UI.getCurrent().getActiveViewLocation().getPath())) {
            UI.getCurrent().navigate("donnees-ouvertes"); // so that the form is built anew, as a fresh page would
        }
        UI.getCurrent().navigate(route);
        for (var opener : form.openers()) {
            if (opener.startsWith("choose:")) {
                var label = text(opener.substring(7, opener.indexOf('=')));
                var item = opener.substring(opener.indexOf('=') + 1);
                var select = find(Select.class).all().stream().filter(found -> label.equals(found.getLabel())).findFirst();
                if (select.isEmpty()) {
                    return Optional.empty();
                }
                choose(select.get(), item);
            } else if (opener.startsWith("tab:")) {
                var label = text(opener.substring(4));
                var tabs = find(SectionTabs.class).all().stream().filter(found -> found.labels().contains(label)).findFirst();
                if (tabs.isEmpty()) {
                    return Optional.empty();
                }
                tabs.get().select(label);
            } else {
                var button = usableButtons(UI.getCurrent(), text(opener)).stream().findFirst();
                if (button.isEmpty()) {
                    return Optional.empty();
                }
                test(button.get()).click();
            }
        }
        var dialog = openDialog();
        var container = form.submitKey() == null ? UI.getCurrent()
                : submitButton(form).map(button -> dialog.isPresent() ? (Component) dialog.get() : formAround(button)).orElse(null);
        if (container == null) {
            return Optional.empty();
        }
        return Optional.of(textFields(container));
    }

    private Optional<Dialog> openDialog() {
        return find(Dialog.class).all().stream().filter(Dialog::isOpened).reduce((first, last) -> last);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void choose(Select select, String itemName) {
        var item = select.getListDataView().getItems().filter(candidate -> candidate.toString().equals(itemName)).findFirst().orElseThrow();
        test(select).selectItem(select.getItemLabelGenerator().apply(item).toString());
    }

    /** The nearest component around the button that holds text fields: the form it sends. */
    private Component formAround(Button button) {
        Component around = button;
        while (around.getParent().isPresent()) {
            around = around.getParent().get();
            if (!textFields(around).isEmpty()) {
                return around;
            }
        }
        return around;
    }

    private Optional<Button> submitButton(Form form) {
        var dialog = openDialog();
        Component within = dialog.isPresent() ? dialog.get() : UI.getCurrent();
        return usableButtons(within, text(form.submitKey())).stream().reduce((first, last) -> last);
    }

    /** The buttons with this text, in the component or in the cells of its grids (where a row's actions are). */
    private List<Button> usableButtons(Component within, String text) {
        var all = new ArrayList<Component>();
        for (var found : descendants(within)) {
            all.add(found);
            if (found instanceof Grid<?> grid && isShown(grid)) {
                all.addAll(cellComponents(grid));
            }
        }
        return all.stream().filter(Button.class::isInstance).map(Button.class::cast)
                .filter(button -> text.equals(button.getText()) && button.isEnabled()).toList();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private List<Component> cellComponents(Grid<?> grid) {
        var tester = test((Grid) grid);
        var cells = new ArrayList<Component>();
        for (int row = 0; row < Math.min(tester.size(), 20); row++) {
            for (int column = 0; column < grid.getColumns().size(); column++) {
                try {
                    var cell = tester.getCellComponent(row, column);
                    cells.add(cell);
                    cells.addAll(descendants(cell));
                } catch (RuntimeException notAComponentColumn) {
                    // a column of text
                }
            }
        }
        return cells;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    protected List<TextFieldBase<?, ?>> textFields(Component within) {
        var fields = new ArrayList<TextFieldBase<?, ?>>();
        for (var found : descendants(within)) {
            if (found instanceof TextFieldBase<?, ?> field && field.getEmptyValue() instanceof String && isShown(found) && field.isEnabled()
                    && !field.isReadOnly()) {
                fields.add(field);
            }
        }
        return fields;
    }

    /** Every component inside the root, as the browserless queries find them (a dialog's footer included). */
    private List<Component> descendants(Component root) {
        return find(Component.class, root).all().stream().filter(found -> found != root).toList();
    }

    private static boolean isShown(Component component) {
        for (Component at = component; at != null; at = at.getParent().orElse(null)) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return true;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void setValue(TextFieldBase<?, ?> field, String text) {
        new TextFieldTester((TextFieldBase) field).setValue(text);
    }

    /** The most characters the field takes (each kind of field declares its own getter). */
    private static int maxLength(TextFieldBase<?, ?> field) {
        try {
            return ((Number) field.getClass().getMethod("getMaxLength").invoke(field)).intValue();
        } catch (ReflectiveOperationException noLimit) {
            throw new AssertionError(field.getClass() + " has no most characters", noLimit);
        }
    }

    private static String label(TextFieldBase<?, ?> field) {
        return Optional.ofNullable(field.getLabel()).or(() -> Optional.ofNullable(field.getAriaLabel().orElse(null))).orElse("?");
    }

    /** Whether a text fits a column as far as its characters go (its length is the field's to say). */
    private static boolean isStorable(String text, boolean severalLines) {
        return text.chars().noneMatch(c -> Character.isISOControl(c) && !(severalLines && (c == '\n' || c == '\r' || c == '\t'))
                || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069);
    }

    protected String text(String key) {
        return texts.getTranslation(key, Locale.FRENCH);
    }

    /**
     * The number of rows of every table of the platform: what a refused form must leave as it was. The platform's own
     * bookkeeping (the event registry, the migrations, the scheduled jobs' locks a background job may take meanwhile)
     * is left out.
     */
    private Map<String, Long> rowCounts() {
        var tables = jdbc.queryForList("""
                select table_name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE'
                and table_name not like 'event_publication%' and table_name not in ('flyway_schema_history', 'kernel_scheduler_lock')
                order by table_name""", String.class);
        var counts = new TreeMap<String, Long>();
        var query = String.join(" union all ", tables.stream().map(table -> "select '" + table + "', count(*) from " + table).toList());
        jdbc.query(query, row -> {
            counts.put(row.getString(1), row.getLong(2));
        });
        return counts;
    }

    /** Waits until the listeners of earlier events are done, so that their rows are not taken for the form's. */
    private void waitForEvents() {
        for (int i = 0; i < 100; i++) {
            Integer incomplete = jdbc.queryForObject("select count(*) from event_publication where completion_date is null", Integer.class);
            if (incomplete == null || incomplete == 0) {
                return;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

}
