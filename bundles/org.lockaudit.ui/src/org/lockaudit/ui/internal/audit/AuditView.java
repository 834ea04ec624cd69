package org.lockaudit.ui.internal.audit;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITableColorProvider;
import org.eclipse.jface.viewers.ITableFontProvider;
import org.eclipse.jface.viewers.ITableLabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;
import org.lockaudit.core.audit.LockAudit;
import org.lockaudit.core.audit.LockSplitDiff;
import org.lockaudit.core.report.AuditReport;
import org.lockaudit.core.report.DiffReport;
import org.lockaudit.core.report.ReportPaths;
import org.lockaudit.ui.internal.audit.AuditRows.Row;

/**
 * The Audit view: the result of "Audit Lock…" (critical sections, protected set, sections held for nothing, what
 * would be left unprotected) or of "Compare Lock Split…" (what protects, after the split, each access the lock
 * protected before; UNPROTECTED rows first and highlighted). A double-click opens the row's source line; the
 * toolbar exports the same HTML report the command line writes.
 */
public final class AuditView extends ViewPart {
    public static final String ID = "org.lockaudit.ui.auditView";

    /** The view's tables. */
    public enum Table { SECTIONS, PROTECTED, HELD_FOR_NOTHING, LEFT_UNPROTECTED, DIFF }

    /** What the view shows: an audit or a diff, with the folder report file names are relative to. */
    private sealed interface Content permits AuditContent, DiffContent {
        ReportPaths paths();
    }

    private record AuditContent(LockAudit.Result result, ReportPaths paths) implements Content {
    }

    private record DiffContent(LockSplitDiff.Result result, ReportPaths paths) implements Content {
    }

    private final Map<Table, TableViewer> viewers = new EnumMap<>(Table.class);
    private Label header;
    private Composite stack;
    private StackLayout stackLayout;
    private Composite emptyPage;
    private Composite auditPage;
    private Composite diffPage;
    private Content content;
    private Action export;
    private Color badBackground;

    @Override
    public void createPartControl(Composite parent) {
        badBackground = new Color(parent.getDisplay(), new RGB(255, 214, 214));
        parent.setLayout(new GridLayout(1, false));
        header = new Label(parent, SWT.WRAP);
        header.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        header.setFont(JFaceResources.getBannerFont());
        stack = new Composite(parent, SWT.NONE);
        stack.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        stackLayout = new StackLayout();
        stack.setLayout(stackLayout);

        emptyPage = new Composite(stack, SWT.NONE);
        emptyPage.setLayout(new FillLayout());
        new Label(emptyPage, SWT.WRAP).setText(AuditMessages.View_empty);

        SashForm sash = new SashForm(stack, SWT.VERTICAL);
        auditPage = sash;
        table(sash, Table.SECTIONS, AuditMessages.View_sections, new String[] {AuditMessages.Col_function,
                AuditMessages.Col_span, AuditMessages.Col_how, AuditMessages.Col_callees, AuditMessages.Col_protects},
                new int[] {200, 190, 230, 480, 480});
        table(sash, Table.PROTECTED, AuditMessages.View_protected, new String[] {AuditMessages.Col_field,
                AuditMessages.Col_role, AuditMessages.Col_guard, AuditMessages.Col_under, AuditMessages.Col_without},
                new int[] {220, 260, 330, 420, 400});
        table(sash, Table.HELD_FOR_NOTHING, AuditMessages.View_heldForNothing, new String[] {
                AuditMessages.Col_function, AuditMessages.Col_location, AuditMessages.Col_why},
                new int[] {220, 200, 700});
        table(sash, Table.LEFT_UNPROTECTED, AuditMessages.View_leftUnprotected, new String[] {
                AuditMessages.Col_field, AuditMessages.Col_accesses}, new int[] {220, 1300});
        sash.setWeights(9, 9, 3, 4);

        diffPage = new Composite(stack, SWT.NONE);
        diffPage.setLayout(new FillLayout());
        table(diffPage, Table.DIFF, AuditMessages.View_diff, new String[] {AuditMessages.Col_outcome,
                AuditMessages.Col_function, AuditMessages.Col_field, AuditMessages.Col_beforeLock,
                AuditMessages.Col_nowProtectedBy, AuditMessages.Col_after, AuditMessages.Col_why},
                new int[] {250, 200, 220, 130, 200, 270, 700});

        stackLayout.topControl = emptyPage;
        export = new Action(AuditMessages.Export_label) {
            @Override
            public void run() {
                exportWithDialog();
            }
        };
        export.setToolTipText(AuditMessages.Export_tooltip);
        export.setImageDescriptor(PlatformUI.getWorkbench().getSharedImages()
                .getImageDescriptor(ISharedImages.IMG_ETOOL_SAVEAS_EDIT));
        export.setEnabled(false);
        IToolBarManager tb = getViewSite().getActionBars().getToolBarManager();
        tb.add(export);
        getViewSite().getActionBars().getMenuManager().add(export);
    }

    private void table(Composite parent, Table kind, String title, String[] columns, int[] widths) {
        Group g = new Group(parent, SWT.NONE);
        g.setText(title);
        g.setLayout(new FillLayout());
        TableViewer v = new TableViewer(g, SWT.FULL_SELECTION | SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL | SWT.BORDER);
        org.eclipse.swt.widgets.Table t = v.getTable();
        t.setHeaderVisible(true);
        t.setLinesVisible(true);
        for (int i = 0; i < columns.length; i++) {
            TableColumn c = new TableColumn(t, SWT.LEFT);
            c.setText(columns[i]);
            c.setWidth(widths[i]);
            c.setMoveable(true);
        }
        v.setContentProvider(ArrayContentProvider.getInstance());
        v.setLabelProvider(new RowLabels(kind));
        v.addDoubleClickListener(e -> {
            if (e.getSelection() instanceof IStructuredSelection s && s.getFirstElement() instanceof Row r) {
                open(r);
            }
        });
        v.setInput(List.of());
        viewers.put(kind, v);
    }

    private final class RowLabels extends LabelProvider
            implements ITableLabelProvider, ITableColorProvider, ITableFontProvider {
        private final Table kind;

        RowLabels(Table kind) {
            this.kind = kind;
        }

        @Override
        public Image getColumnImage(Object element, int columnIndex) {
            return null;
        }

        @Override
        public String getColumnText(Object element, int columnIndex) {
            Row r = (Row) element;
            return columnIndex < r.cells().size() ? r.cell(columnIndex) : "";
        }

        @Override
        public Color getForeground(Object element, int columnIndex) {
            return null;
        }

        @Override
        public Color getBackground(Object element, int columnIndex) {
            return highlighted(kind, (Row) element) ? badBackground : null;
        }

        @Override
        public Font getFont(Object element, int columnIndex) {
            return kind == Table.DIFF && ((Row) element).bad() ? JFaceResources.getFontRegistry()
                    .getBold(JFaceResources.DEFAULT_FONT) : null;
        }
    }

    /** Rows shown in red: UNPROTECTED (and new unguarded) diff rows, sections held for nothing. */
    static boolean highlighted(Table kind, Row r) {
        return r.bad() && (kind == Table.DIFF || kind == Table.SECTIONS);
    }

    /** Shows an audit; file names are shown relative to {@code root}. */
    public void showAudit(LockAudit.Result result, Path root) {
        content = new AuditContent(result, new ReportPaths(root));
        ReportPaths p = content.paths();
        viewers.get(Table.SECTIONS).setInput(AuditRows.sections(result, p));
        viewers.get(Table.PROTECTED).setInput(AuditRows.protectedSet(result, p));
        viewers.get(Table.HELD_FOR_NOTHING).setInput(AuditRows.heldForNothing(result, p));
        viewers.get(Table.LEFT_UNPROTECTED).setInput(AuditRows.leftUnprotected(result, p));
        String via = result.requested().equals(result.lock()) ? "" : " (" + result.requested() + ")";
        header.setText(NLS.bind(AuditMessages.View_auditSummary, new Object[] {result.lock(), via,
                result.sections().size(), result.protectedSet().size(), result.heldForNothing().size(),
                result.leftUnprotected().size(), p.base()}));
        setPartName(NLS.bind(AuditMessages.View_auditTitle, result.requested()));
        stackLayout.topControl = auditPage;
        stack.layout(true, true);
        header.getParent().layout(true, true);
        export.setEnabled(true);
    }

    /** Shows a lock-split diff; file names are shown relative to {@code root} (the two sides' common folder). */
    public void showDiff(LockSplitDiff.Result result, Path root, String beforeName, String afterName) {
        content = new DiffContent(result, new ReportPaths(root));
        viewers.get(Table.DIFF).setInput(AuditRows.diff(result, content.paths()));
        header.setText(NLS.bind(AuditMessages.View_diffSummary, new Object[] {result.lockBefore(),
                new DiffReport(result, content.paths()).summary(), beforeName, afterName}));
        setPartName(NLS.bind(AuditMessages.View_diffTitle, result.lock()));
        stackLayout.topControl = diffPage;
        stack.layout(true, true);
        header.getParent().layout(true, true);
        export.setEnabled(true);
    }

    /** The rows a table shows, in order. */
    @SuppressWarnings("unchecked")
    public List<Row> rows(Table kind) {
        Object input = viewers.get(kind).getInput();
        return input == null ? List.of() : (List<Row>) input;
    }

    /** The SWT table behind {@code kind} (tests read its items). */
    public org.eclipse.swt.widgets.Table control(Table kind) {
        return viewers.get(kind).getTable();
    }

    /** The summary line above the tables. */
    public String header() {
        return header.getText();
    }

    /** Whether the view shows an audit (false: a diff, or nothing yet). */
    public boolean showsAudit() {
        return content instanceof AuditContent;
    }

    /** Whether the view shows a diff. */
    public boolean showsDiff() {
        return content instanceof DiffContent;
    }

    /** Opens the row's source line. */
    public void open(Row r) {
        try {
            SourceOpener.open(getSite().getPage(), r.file(), r.line());
        } catch (PartInitException e) {
            org.eclipse.jface.dialogs.ErrorDialog.openError(getSite().getShell(), null,
                    NLS.bind(AuditMessages.Open_failed, r.file()), e.getStatus());
        }
    }

    /** Writes the shown result as the command line's HTML report to {@code file}. */
    public void exportHtml(Path file) throws IOException {
        write(content, file);
    }

    private static void write(Content c, Path file) throws IOException {
        if (c == null) {
            return;
        }
        if (file.toAbsolutePath().getParent() != null) {
            Files.createDirectories(file.toAbsolutePath().getParent());
        }
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            if (c instanceof AuditContent a) {
                new AuditReport(a.result(), a.paths()).html(w);
            } else if (c instanceof DiffContent d) {
                new DiffReport(d.result(), d.paths()).html(w);
            }
        }
    }

    private void exportWithDialog() {
        if (content == null) {
            return;
        }
        FileDialog d = new FileDialog(getSite().getShell(), SWT.SAVE);
        d.setFilterExtensions(new String[] {"*.html", "*.*"});
        d.setOverwrite(true);
        d.setFileName(content instanceof AuditContent a ? "audit-" + a.result().requested() + ".html"
                : "lock-split-diff.html");
        String chosen = d.open();
        if (chosen == null) {
            return;
        }
        Content c = content;
        Path file = Path.of(chosen);
        Job job = Job.create(NLS.bind(AuditMessages.Export_job, file), (IProgressMonitor m) -> {
            try {
                write(c, file);
                return Status.OK_STATUS;
            } catch (IOException e) {
                return new Status(IStatus.ERROR, "org.lockaudit.ui", NLS.bind(AuditMessages.Export_failed, file), e);
            }
        });
        job.setUser(true);
        job.schedule();
    }

    @Override
    public void setFocus() {
        (stackLayout.topControl == diffPage ? viewers.get(Table.DIFF) : viewers.get(Table.SECTIONS)).getControl()
                .setFocus();
    }

    @Override
    public void dispose() {
        if (badBackground != null) {
            badBackground.dispose();
        }
        super.dispose();
    }
}
