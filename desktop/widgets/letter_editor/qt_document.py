"""The letter's document model in a QTextDocument and back: the editor shows and edits a
QTextDocument; what it saves, exports and merges is always the model."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextImageFormat,
    QTextLength,
    QTextListFormat,
    QTextTableFormat,
)

from desktop.crm.letters.document import (
    CELL_PADDING,
    LIST_INDENT,
    PARAGRAPH_AFTER,
    TIGHT_AFTER,
    Cell,
    Document,
    Field,
    Paragraph,
    Picture,
    Style,
    Table,
    Text,
    normalized,
)
from desktop.widgets.letter_editor.tokens import NAME, OBJECT, PLACEMENT, is_token, token_format

PIXELS_PER_POINT = 96 / 72
ALIGN = {"left": Qt.AlignLeft, "center": Qt.AlignHCenter, "right": Qt.AlignRight,
         "justify": Qt.AlignJustify}
BULLETS = (QTextListFormat.ListDisc, QTextListFormat.ListCircle, QTextListFormat.ListSquare)
NUMBERS = (QTextListFormat.ListDecimal, QTextListFormat.ListLowerAlpha,
           QTextListFormat.ListLowerRoman)
IMAGE_SCHEME = "letter-image"
#: a table's lines: half a point, as Word's "Table Grid", in what is printed (the PDF's lines
#: then fall where LibreOffice prints the .docx's); a pixel on screen, where Qt leaves out
#: some lines thinner than one
PRINT_BORDER = 0.5 * PIXELS_PER_POINT
SCREEN_BORDER = 1.0


def image_url(key: str) -> QUrl:
    return QUrl(f"{IMAGE_SCHEME}:{key}")


# -- model -> Qt --------------------------------------------------------------------------------
def show(qdoc: QTextDocument, document: Document, border: float = PRINT_BORDER) -> None:
    """Replace ``qdoc``'s content with ``document``. Lengths are in Qt's logical pixels (96
    to the inch), which its layout scales to a finer device (a PDF at 1200 DPI); fonts are
    laid out at the device's own resolution."""
    qdoc.clear()
    font = QFont(document.font)
    font.setPointSizeF(document.size)
    qdoc.setDefaultFont(font)
    qdoc.setIndentWidth(LIST_INDENT * PIXELS_PER_POINT)  # a list level, as in the .docx
    cursor = QTextCursor(qdoc)
    insert(cursor, document, first_block_is_new=True, border=border)
    qdoc.clearUndoRedoStacks()
    qdoc.setModified(False)


def insert(cursor: QTextCursor, document: Document, first_block_is_new: bool = False,
           border: float = PRINT_BORDER) -> None:
    """Insert ``document`` at the cursor (a paste, or a whole letter into an empty editor)."""
    qdoc = cursor.document()
    for key, data in document.images.items():
        qdoc.addResource(QTextDocument.ImageResource, image_url(key), QImage.fromData(data))
    cursor.beginEditBlock()
    _Writer(cursor, border=border).blocks(document.blocks, first_block_is_new)
    cursor.endEditBlock()


class _Writer:
    def __init__(self, cursor: QTextCursor, in_cell: bool = False,
                 border: float = PRINT_BORDER) -> None:
        self.cursor = cursor
        self.in_cell = in_cell
        self.border = border
        self.lists: dict[int, tuple[str, object]] = {}

    def blocks(self, blocks, first_block_is_new: bool) -> None:
        fresh = first_block_is_new  # the cursor's block is ours to fill
        for index, block in enumerate(blocks):
            if isinstance(block, Table):
                self.table(block)
                fresh = True  # Qt leaves an empty block after a table
                continue
            if not fresh and index > 0:
                self.cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())
            fresh = False
            self.paragraph(block)

    def paragraph(self, paragraph: Paragraph) -> None:
        cursor = self.cursor
        fmt = QTextBlockFormat()
        fmt.setAlignment(ALIGN.get(paragraph.align, Qt.AlignLeft))
        tight = paragraph.list_kind or self.in_cell
        fmt.setBottomMargin((TIGHT_AFTER if tight else PARAGRAPH_AFTER) * PIXELS_PER_POINT)
        cursor.setBlockFormat(fmt)
        self.listed(paragraph)
        for inline in paragraph.inlines:
            if isinstance(inline, Text):
                cursor.insertText(inline.text, char_format(inline.style, inline.link))
            elif isinstance(inline, Field):
                cursor.insertText(OBJECT, token_format(inline, char_format(inline.style)))
            else:
                image = QTextImageFormat()
                image.setName(image_url(inline.key).toString())
                image.setWidth(inline.width * PIXELS_PER_POINT)
                image.setHeight(inline.height * PIXELS_PER_POINT)
                cursor.insertImage(image)
        cursor.setCharFormat(QTextCharFormat())

    def listed(self, paragraph: Paragraph) -> None:
        if not paragraph.list_kind:
            self.lists = {}
            return
        level = paragraph.level
        self.lists = {k: v for k, v in self.lists.items() if k <= level}
        current = self.lists.get(level)
        if current is not None and current[0] == paragraph.list_kind:
            current[1].add(self.cursor.block())
            return
        self.lists[level] = (paragraph.list_kind,
                             self.cursor.createList(list_format(paragraph.list_kind, level)))

    def table(self, table: Table) -> None:
        before = self.cursor.blockFormat().bottomMargin()
        qtable = self.cursor.insertTable(len(table.rows), table.columns,
                                         table_format(before, self.border))
        for r, row in enumerate(table.rows):
            for c, cell in enumerate(row):
                writer = _Writer(qtable.cellAt(r, c).firstCursorPosition(), in_cell=True,
                                 border=self.border)
                writer.blocks(cell.paragraphs, True)
        self.cursor.setPosition(qtable.lastPosition() + 1)
        self.lists = {}


def table_format(space_before: float = 0, border: float = PRINT_BORDER) -> QTextTableFormat:
    """A grid of thin lines (``border``: PRINT_BORDER or SCREEN_BORDER) across the page,
    its cells' text in line with the page's text as in Word (the grid stands out to the left
    by the cell's padding); ``space_before``: the space after the paragraph it follows, which Qt
    leaves out before a table and Word keeps."""
    fmt = QTextTableFormat()
    fmt.setCellPadding(CELL_PADDING * PIXELS_PER_POINT)
    fmt.setCellSpacing(0)
    fmt.setBorder(border)
    fmt.setTopMargin(space_before)
    outside = CELL_PADDING * PIXELS_PER_POINT + border  # as wide as the page's text, as Word
    fmt.setLeftMargin(-outside)
    fmt.setRightMargin(outside)
    fmt.setBorderStyle(QTextTableFormat.BorderStyle_Solid)
    fmt.setBorderCollapse(True)
    fmt.setWidth(QTextLength(QTextLength.PercentageLength, 100))
    return fmt


def list_format(kind: str, level: int) -> QTextListFormat:
    fmt = QTextListFormat()
    styles = BULLETS if kind == "bullet" else NUMBERS
    fmt.setStyle(styles[level % len(styles)])
    fmt.setIndent(level + 1)
    return fmt


def char_format(style: Style, link: str = "") -> QTextCharFormat:
    fmt = QTextCharFormat()
    if link:
        fmt.setAnchor(True)
        fmt.setAnchorHref(link)
    if style.bold:
        fmt.setFontWeight(QFont.Bold)
    if style.italic:
        fmt.setFontItalic(True)
    if style.underline:
        fmt.setFontUnderline(True)
    if style.colour:
        fmt.setForeground(QColor(style.colour))
    if style.font:
        fmt.setFontFamilies([style.font])
    if style.size:
        fmt.setFontPointSize(style.size)
    return fmt


# -- Qt -> model --------------------------------------------------------------------------------
def read(qdoc: QTextDocument, images: dict[str, bytes], base: Document) -> Document:
    """The model of ``qdoc``; page, language and font are ``base``'s (the editor keeps them)."""
    blocks: list = []
    block = qdoc.begin()
    while block.isValid():
        table = QTextCursor(block).currentTable()
        if table is not None:
            blocks.append(_table(table))
            block = qdoc.findBlock(table.lastPosition() + 1)
            continue
        blocks.append(paragraph_of(block))
        block = block.next()
    return normalized(replace(base, blocks=tuple(blocks), images=dict(images)))


def _table(table) -> Table:
    rows = []
    for r in range(table.rows()):
        cells = []
        for c in range(table.columns()):
            cell = table.cellAt(r, c)
            paragraphs, block = [], cell.firstCursorPosition().block()
            last = cell.lastCursorPosition().block()
            while block.isValid():
                paragraphs.append(paragraph_of(block))
                if block == last:
                    break
                block = block.next()
            cells.append(Cell(tuple(paragraphs)))
        rows.append(tuple(cells))
    return Table(tuple(rows))


def paragraph_of(block) -> Paragraph:
    inlines = []
    it = block.begin()
    while not it.atEnd():
        fragment = it.fragment()
        it += 1
        fmt = fragment.charFormat()
        text = fragment.text()
        if is_token(fmt):
            field = Field(fmt.property(NAME), style_of(fmt), fmt.property(PLACEMENT) or "")
            inlines += [field] * text.count(OBJECT)
        elif fmt.isImageFormat():
            image = fmt.toImageFormat()
            key = QUrl(image.name()).path()
            inlines += [Picture(key, round(image.width() / PIXELS_PER_POINT, 2),
                                round(image.height() / PIXELS_PER_POINT, 2))] * len(text)
        else:
            link = fmt.anchorHref() if fmt.isAnchor() else ""
            inlines.append(Text(text.replace(OBJECT, ""), style_of(fmt), link))
    align = block.blockFormat().alignment() & Qt.AlignHorizontal_Mask
    name = {Qt.AlignHCenter: "center", Qt.AlignRight: "right",
            Qt.AlignJustify: "justify"}.get(align, "left")
    kind, level = "", 0
    listed = block.textList()
    if listed is not None:
        fmt = listed.format()
        kind = "bullet" if fmt.style() in BULLETS else "number"
        level = max(fmt.indent() - 1, 0)
    return Paragraph(tuple(inlines), name, kind, level)


def style_of(fmt: QTextCharFormat) -> Style:
    colour = ""
    if fmt.hasProperty(QTextFormat.ForegroundBrush):
        colour = fmt.foreground().color().name()
        colour = "" if colour == "#000000" else colour
    font = ""
    if fmt.hasProperty(QTextFormat.FontFamilies) and fmt.fontFamilies():
        font = fmt.fontFamilies()[0]
    size = fmt.fontPointSize() if fmt.hasProperty(QTextFormat.FontPointSize) else 0.0
    return Style(fmt.fontWeight() >= QFont.DemiBold, fmt.fontItalic(), fmt.fontUnderline(),
                 colour, font, round(size * 2) / 2)
