<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US" sourcelanguage="es_PE">
<context>
    <name>AddItemCommand</name>
    <message>
        <source>añadir un ítem</source>
        <translation>add an item</translation>
    </message>
</context>
<context>
    <name>ChangeItemKindCommand</name>
    <message>
        <source>cambiar el tipo de un ítem</source>
        <translation>change the kind of an item</translation>
    </message>
</context>
<context>
    <name>ComparisonStyle</name>
    <message>
        <source>— sin propuesta —</source>
        <translation>— no proposal —</translation>
    </message>
    <message>
        <source>Medible</source>
        <translation>Measurable</translation>
    </message>
    <message>
        <source>Parcialmente medible</source>
        <translation>Partly measurable</translation>
    </message>
    <message>
        <source>No medible</source>
        <translation>Not measurable</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>, plazo: %1</source>
        <translation>, deadline: %1</translation>
    </message>
    <message>
        <source>cifra %1%2</source>
        <translation>figure %1%2</translation>
    </message>
    <message>
        <source>«%1», un conjunto acotado%2</source>
        <translation>“%1”, a bounded set%2</translation>
    </message>
    <message>
        <source>periodicidad %1</source>
        <translation>periodicity %1</translation>
    </message>
    <message>
        <source>un entregable identificable</source>
        <translation>one identifiable deliverable</translation>
    </message>
    <message>
        <source>algo concreto, sin cifra</source>
        <translation>something concrete, without a figure</translation>
    </message>
    <message>
        <source>lo concreto es solo el medio</source>
        <translation>only the means is concrete</translation>
    </message>
    <message>
        <source>solo un estado deseado, nada que entregar</source>
        <translation>only a desired state, nothing to deliver</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source> — cláusula %1</source>
        <translation> — clause %1</translation>
    </message>
</context>
<context>
    <name>DeleteItemCommand</name>
    <message>
        <source>eliminar un ítem</source>
        <translation>delete an item</translation>
    </message>
</context>
<context>
    <name>EditItemTextCommand</name>
    <message>
        <source>corregir el texto de un ítem</source>
        <translation>correct the text of an item</translation>
    </message>
</context>
<context>
    <name>EvidenceText</name>
    <message>
        <source>Archivo: %1 (%2)</source>
        <translation>File: %1 (%2)</translation>
    </message>
    <message>
        <source>Enlace: %1 (consultado el %2)</source>
        <translation>Link: %1 (consulted on %2)</translation>
    </message>
    <message>
        <source>Enlace «%1»: %2 (consultado el %3)</source>
        <translation>Link “%1”: %2 (consulted on %3)</translation>
    </message>
</context>
<context>
    <name>ImportService</name>
    <message>
        <source>%1: cancelled</source>
        <translation>%1: cancelled</translation>
    </message>
    <message>
        <source>%1; nothing was imported: a plan is kept only with a copy of its document</source>
        <translation>%1; nothing was imported: a plan is kept only with a copy of its document</translation>
    </message>
</context>
<context>
    <name>ItemKindStyle</name>
    <message>
        <source>Problema</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Objetivo</source>
        <translation>Objective</translation>
    </message>
    <message>
        <source>Indicador</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Meta</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Problemas</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>Objetivos</source>
        <translation>Objectives</translation>
    </message>
    <message>
        <source>Indicadores</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <source>Metas</source>
        <translation>Targets</translation>
    </message>
</context>
<context>
    <name>MergeItemsCommand</name>
    <message>
        <source>unir un ítem con el siguiente</source>
        <translation>merge an item with the next one</translation>
    </message>
</context>
<context>
    <name>MoveItemCommand</name>
    <message>
        <source>mover un ítem</source>
        <translation>move an item</translation>
    </message>
</context>
<context>
    <name>OpenDatabaseFiles</name>
    <message>
        <source>%1: is a Vigía library (or part of one) open in this program, not a document; it is left untouched</source>
        <translation>%1: is a Vigía library (or part of one) open in this program, not a document; it is left untouched</translation>
    </message>
</context>
<context>
    <name>PdfOcrReader</name>
    <message>
        <source>the Spanish model of Tesseract is not installed (Debian: tesseract-ocr-spa)</source>
        <translation>the Spanish model of Tesseract is not installed (Debian: tesseract-ocr-spa)</translation>
    </message>
</context>
<context>
    <name>PdfPageRenderer</name>
    <message>
        <source>No se puede abrir el PDF %1.</source>
        <translation>Cannot open the PDF %1.</translation>
    </message>
    <message>
        <source>El PDF %1 no tiene la página %2.</source>
        <translation>The PDF %1 has no page %2.</translation>
    </message>
    <message>
        <source>No se pudo dibujar la página %1 de %2.</source>
        <translation>Could not render page %1 of %2.</translation>
    </message>
</context>
<context>
    <name>PdfPlanReader</name>
    <message>
        <source>not a PDF file (no %PDF header)</source>
        <translation>not a PDF file (no %PDF header)</translation>
    </message>
    <message>
        <source>the PDF is truncated (the file is incomplete)</source>
        <translation>the PDF is truncated (the file is incomplete)</translation>
    </message>
    <message>
        <source>the PDF is damaged and cannot be read</source>
        <translation>the PDF is damaged and cannot be read</translation>
    </message>
    <message>
        <source>the PDF is encrypted: a password is needed to open it</source>
        <translation>the PDF is encrypted: a password is needed to open it</translation>
    </message>
    <message>
        <source>the PDF is encrypted and the password given is wrong</source>
        <translation>the PDF is encrypted and the password given is wrong</translation>
    </message>
    <message>
        <source>the PDF is damaged: it has no pages</source>
        <translation>the PDF is damaged: it has no pages</translation>
    </message>
    <message>
        <source>reading was cancelled</source>
        <translation>reading was cancelled</translation>
    </message>
    <message>
        <source>the PDF is truncated: page %1 of %2 is missing</source>
        <translation>the PDF is truncated: page %1 of %2 is missing</translation>
    </message>
    <message>
        <source>the PDF is damaged: page %1 of %2 cannot be read</source>
        <translation>the PDF is damaged: page %1 of %2 cannot be read</translation>
    </message>
    <message>
        <source>the PDF is truncated and no text could be read from it</source>
        <translation>the PDF is truncated and no text could be read from it</translation>
    </message>
    <message>
        <source>no text layer: this PDF is a scanned image</source>
        <translation>no text layer: this PDF is a scanned image</translation>
    </message>
    <message>
        <source>the PDF looks truncated (no end-of-file marker); some text may be missing</source>
        <translation>the PDF looks truncated (no end-of-file marker); some text may be missing</translation>
    </message>
    <message>
        <source>%1 page(s) read by OCR from their image (mean confidence %2 %)</source>
        <translation>%1 page(s) read by OCR from their image (mean confidence %2 %)</translation>
    </message>
    <message>
        <source>no text layer, and OCR found no text on its pages (blank pages, or not text)</source>
        <translation>no text layer, and OCR found no text on its pages (blank pages, or not text)</translation>
    </message>
    <message>
        <source>no text layer: this PDF is a scanned image, and OCR cannot run: %1</source>
        <translation>no text layer: this PDF is a scanned image, and OCR cannot run: %1</translation>
    </message>
    <message>
        <source>%1 (%2 %)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <source>the OCR was unsure of page(s) %1: not Spanish text, or a poor scan; check their items</source>
        <translation>the OCR was unsure of page(s) %1: not Spanish text, or a poor scan; check their items</translation>
    </message>
    <message>
        <source>page(s) %1 without text are blank: nothing to read</source>
        <translation>page(s) %1 without text are blank: nothing to read</translation>
    </message>
</context>
<context>
    <name>PdfReaderModule</name>
    <message>
        <source>the PDF reader (%1) could not be loaded: %2</source>
        <translation>the PDF reader (%1) could not be loaded: %2</translation>
    </message>
    <message>
        <source>the PDF reader is not installed (looked for %1)</source>
        <translation>the PDF reader is not installed (looked for %1)</translation>
    </message>
</context>
<context>
    <name>PlanBuilder</name>
    <message>
        <source>the table was extracted as running text: its columns were estimated, check the rows</source>
        <translation>the table was extracted as running text: its columns were estimated, check the rows</translation>
    </message>
    <message>
        <source>1 row merged across a page break</source>
        <translation>1 row merged across a page break</translation>
    </message>
    <message>
        <source>%1 rows merged across a page break</source>
        <translation>%1 rows merged across a page break</translation>
    </message>
    <message>
        <source>no plan structure found: no dimensions or proposal rows</source>
        <translation>no plan structure found: no dimensions or proposal rows</translation>
    </message>
    <message>
        <source>needs review: no dimension headings were found, so the plan's own numbered sections were taken as its dimensions; check its rows</source>
        <translation>needs review: no dimension headings were found, so the plan's own numbered sections were taken as its dimensions; check its rows</translation>
    </message>
</context>
<context>
    <name>PlanFileReader</name>
    <message>
        <source>%1: no such file</source>
        <translation>%1: no such file</translation>
    </message>
    <message>
        <source>%1: is a directory, not a plan document</source>
        <translation>%1: is a directory, not a plan document</translation>
    </message>
    <message>
        <source>%1: the file is too large (%2 MB; at most %3 MB)</source>
        <translation>%1: the file is too large (%2 MB; at most %3 MB)</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: cannot open: %2</translation>
    </message>
    <message>
        <source>%1: the file is too large for a %2 document (%3 MB; at most %4 MB)</source>
        <translation>%1: the file is too large for a %2 document (%3 MB; at most %4 MB)</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: cannot read: %2</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <source>not a document Vigía can read (expected a PDF, a text or a Markdown file)</source>
        <translation>not a document Vigía can read (expected a PDF, a text or a Markdown file)</translation>
    </message>
    <message>
        <source>%1: not a regular file (a device, a pipe or a socket), not a plan document</source>
        <translation>%1: not a regular file (a device, a pipe or a socket), not a plan document</translation>
    </message>
    <message>
        <source>%1: the file is too large (more than %2 MB)</source>
        <translation>%1: the file is too large (more than %2 MB)</translation>
    </message>
</context>
<context>
    <name>PlanJsonReader</name>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>not plan JSON: %1</source>
        <translation>not plan JSON: %1</translation>
    </message>
    <message>
        <source>not plan JSON: the plan has no dimensions</source>
        <translation>not plan JSON: the plan has no dimensions</translation>
    </message>
</context>
<context>
    <name>PlanLibrary</name>
    <message>
        <source>not a Vigía library (the file is not an SQLite database)</source>
        <translation>not a Vigía library (the file is not an SQLite database)</translation>
    </message>
    <message>
        <source>the library file is damaged (%1)</source>
        <translation>the library file is damaged (%1)</translation>
    </message>
    <message>
        <source>the library is read-only (%1)</source>
        <translation>the library is read-only (%1)</translation>
    </message>
    <message>
        <source>the disk is full (%1)</source>
        <translation>the disk is full (%1)</translation>
    </message>
    <message>
        <source>the library was written by a newer version of Vigía (schema version %1; this version knows up to %2)</source>
        <translation>the library was written by a newer version of Vigía (schema version %1; this version knows up to %2)</translation>
    </message>
    <message>
        <source>not a Vigía library (an SQLite database of another application)</source>
        <translation>not a Vigía library (an SQLite database of another application)</translation>
    </message>
    <message>
        <source>no library path given</source>
        <translation>no library path given</translation>
    </message>
    <message>
        <source>is a folder, not a Vigía library</source>
        <translation>is a folder, not a Vigía library</translation>
    </message>
    <message>
        <source>cannot open the library: %1</source>
        <translation>cannot open the library: %1</translation>
    </message>
    <message>
        <source>cannot create the library: the folder %1 does not exist</source>
        <translation>cannot create the library: the folder %1 does not exist</translation>
    </message>
    <message>
        <source>cannot create the library: %1 is not a folder</source>
        <translation>cannot create the library: %1 is not a folder</translation>
    </message>
    <message>
        <source>the library is read-only and needs an upgrade to this version of Vigía</source>
        <translation>the library is read-only and needs an upgrade to this version of Vigía</translation>
    </message>
    <message>
        <source>cannot store the plan in %1: %2</source>
        <translation>cannot store the plan in %1: %2</translation>
    </message>
    <message>
        <source>the plan has no source SHA-256</source>
        <translation>the plan has no source SHA-256</translation>
    </message>
    <message>
        <source>there is no plan %1</source>
        <translation>there is no plan %1</translation>
    </message>
    <message>
        <source>%1: there is no item %2</source>
        <translation>%1: there is no item %2</translation>
    </message>
    <message>
        <source>%1: there is no plan %2</source>
        <translation>%1: there is no plan %2</translation>
    </message>
    <message>
        <source>cannot check the library's structure: %1</source>
        <translation>cannot check the library's structure: %1</translation>
    </message>
    <message>
        <source>this library has been altered outside Vigía: %1</source>
        <translation>this library has been altered outside Vigía: %1</translation>
    </message>
    <message>
        <source>%1; it is open read-only, so nothing can be changed in it (export what you need)</source>
        <translation>%1; it is open read-only, so nothing can be changed in it (export what you need)</translation>
    </message>
</context>
<context>
    <name>ProgressStatus</name>
    <message>
        <source>Sin información</source>
        <translation>No information</translation>
    </message>
    <message>
        <source>No iniciada</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>En proceso</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Cumplida parcialmente</source>
        <translation>Partially met</translation>
    </message>
    <message>
        <source>Cumplida</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>Incumplida</source>
        <translation>Not met</translation>
    </message>
    <message>
        <source>No verificable</source>
        <translation>Not verifiable</translation>
    </message>
</context>
<context>
    <name>SourceArchive</name>
    <message>
        <source>no digest to file the copy under</source>
        <translation>no digest to file the copy under</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>cannot create the folder %1</translation>
    </message>
    <message>
        <source>cannot move the copy into %1</source>
        <translation>cannot move the copy into %1</translation>
    </message>
    <message>
        <source>the file changed while it was imported</source>
        <translation>the file changed while it was imported</translation>
    </message>
    <message>
        <source>cannot write into %1: %2</source>
        <translation>cannot write into %1: %2</translation>
    </message>
</context>
<context>
    <name>SplitItemCommand</name>
    <message>
        <source>dividir un ítem</source>
        <translation>split an item</translation>
    </message>
</context>
<context>
    <name>SqliteDatabase</name>
    <message>
        <source>the library is busy: another program (or window) has been writing to it for several seconds; try again when it has finished</source>
        <translation>the library is busy: another program (or window) has been writing to it for several seconds; try again when it has finished</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>a query ran for more than %1 s and was stopped (the library may have been altered)</source>
        <translation>a query ran for more than %1 s and was stopped (the library may have been altered)</translation>
    </message>
</context>
<context>
    <name>TextDecoder</name>
    <message>
        <source>unsupported encoding %1</source>
        <translation>unsupported encoding %1</translation>
    </message>
    <message>
        <source>cannot convert from %1: %2</source>
        <translation>cannot convert from %1: %2</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <source>the text is UTF-16 without a byte-order mark; save it as UTF-8 (or UTF-16 with a byte-order mark)</source>
        <translation>the text is UTF-16 without a byte-order mark; save it as UTF-8 (or UTF-16 with a byte-order mark)</translation>
    </message>
    <message>
        <source>the file is binary, not text</source>
        <translation>the file is binary, not text</translation>
    </message>
    <message>
        <source>the file contains NUL characters, it is not a text file</source>
        <translation>the file contains NUL characters, it is not a text file</translation>
    </message>
</context>
<context>
    <name>TextReading</name>
    <message>
        <source>the text is too large for a plan (%1 MB; a text plan has at most %2 MB)</source>
        <translation>the text is too large for a plan (%1 MB; a text plan has at most %2 MB)</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>encoding converted from %1</source>
        <translation>encoding converted from %1</translation>
    </message>
</context>
<context>
    <name>ThinResult</name>
    <message>
        <source>only %1 rows for %2 pages: the reader may have missed part of the plan; check it against the document</source>
        <translation>only %1 rows for %2 pages: the reader may have missed part of the plan; check it against the document</translation>
    </message>
    <message>
        <source>no problem was read, though the plan's layout gives each row one: check whether the problems were read as something else</source>
        <translation>no problem was read, though the plan's layout gives each row one: check whether the problems were read as something else</translation>
    </message>
    <message>
        <source>%1 metas read like headings (“%2”…): check whether the reader took titles for metas</source>
        <translation>%1 metas read like headings (“%2”…): check whether the reader took titles for metas</translation>
    </message>
</context>
<context>
    <name>vigia::app::AboutDialog</name>
    <message>
        <source>Qt %1 · Poppler %2 · SQLite %3 · ICU %4</source>
        <translation>Qt %1 · Poppler %2 · SQLite %3 · ICU %4</translation>
    </message>
    <message>
        <source>Acerca de Vigía</source>
        <translation>About Vigía</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Vigía %1&lt;/h2&gt;&lt;p&gt;Leer, comparar y vigilar los planes de gobierno que los candidatos presentan al Jurado Nacional de Elecciones.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Vigía %1&lt;/h2&gt;&lt;p&gt;Read, compare and watch over the government plans that candidates file with Peru's National Elections Jury.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>vigia::app::ComparisonWindow</name>
    <message>
        <source>Comparar planes — Vigía</source>
        <translation>Compare plans — Vigía</translation>
    </message>
    <message>
        <source>No se pudo abrir la biblioteca: %1</source>
        <translation>Could not open the library: %1</translation>
    </message>
    <message>
        <source>Planes a comparar</source>
        <translation>Plans to compare</translation>
    </message>
    <message>
        <source>Marque de 2 a 4 planes</source>
        <translation>Check 2 to 4 plans</translation>
    </message>
    <message>
        <source>Umbral de similitud</source>
        <translation>Similarity threshold</translation>
    </message>
    <message>
        <source>Similitud mínima para alinear dos ítems y para mostrarlos como propuestas similares</source>
        <translation>Lowest similarity for two items to be aligned and shown as similar proposals</translation>
    </message>
    <message>
        <source>Editar &amp;temas…</source>
        <translation>Edit to&amp;pics…</translation>
    </message>
    <message>
        <source>Exportar &amp;CSV…</source>
        <translation>Export &amp;CSV…</translation>
    </message>
    <message>
        <source>Exportar &amp;HTML…</source>
        <translation>Export &amp;HTML…</translation>
    </message>
    <message>
        <source>&amp;Umbral de similitud:</source>
        <translation>Similarity &amp;threshold:</translation>
    </message>
    <message>
        <source>Planes lado a lado</source>
        <translation>Plans side by side</translation>
    </message>
    <message>
        <source>Elija un ítem para ver sus propuestas similares en los otros planes.</source>
        <translation>Choose an item to see its similar proposals in the other plans.</translation>
    </message>
    <message>
        <source>Propuestas similares</source>
        <translation>Similar proposals</translation>
    </message>
    <message>
        <source>Temas del ítem</source>
        <translation>Topics of the item</translation>
    </message>
    <message>
        <source>Matriz de temas</source>
        <translation>Topic matrix</translation>
    </message>
    <message>
        <source>Gráfico de temas</source>
        <translation>Topic chart</translation>
    </message>
    <message>
        <source>Medibilidad de las metas</source>
        <translation>Measurability of the targets</translation>
    </message>
    <message>
        <source>Gráfico de medibilidad</source>
        <translation>Measurability chart</translation>
    </message>
    <message>
        <source>&amp;Lado a lado</source>
        <translation>&amp;Side by side</translation>
    </message>
    <message>
        <source>T&amp;emas</source>
        <translation>T&amp;opics</translation>
    </message>
    <message>
        <source>&amp;Medibilidad</source>
        <translation>&amp;Measurability</translation>
    </message>
    <message>
        <source>Planes (de 2 a 4)</source>
        <translation>Plans (2 to 4)</translation>
    </message>
    <message>
        <source>Marque de %1 a %2 planes para compararlos (hay %3 marcados).</source>
        <translation>Check %1 to %2 plans to compare them (%3 checked).</translation>
    </message>
    <message>
        <source>Comparando…</source>
        <translation>Comparing…</translation>
    </message>
    <message>
        <source>No se pudo comparar los planes: %1</source>
        <translation>Could not compare the plans: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n planes comparados: %1 ítems, %2 pares de propuestas similares, %3 metas.</source>
        <translation><numerusform>%n plans compared: %1 items, %2 pairs of similar proposals, %3 targets.</numerusform><numerusform>%n plans compared: %1 items, %2 pairs of similar proposals, %3 targets.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 de %2: «%3» — %n propuestas similares con similitud de al menos %4.</source>
        <translation><numerusform>%1 of %2: “%3” — %n similar proposal with a similarity of at least %4.</numerusform><numerusform>%1 of %2: “%3” — %n similar proposals with a similarity of at least %4.</numerusform></translation>
    </message>
    <message>
        <source>Temas</source>
        <translation>Topics</translation>
    </message>
    <message>
        <source>No se pudo cambiar el tema del ítem: %1</source>
        <translation>Could not change the item's topic: %1</translation>
    </message>
    <message>
        <source>Ítems por tema</source>
        <translation>Items per topic</translation>
    </message>
    <message>
        <source>Medibilidad de las metas (% de las metas de cada plan)</source>
        <translation>Measurability of the targets (% of each plan's targets)</translation>
    </message>
    <message>
        <source>Exportar la comparación como CSV</source>
        <translation>Export the comparison as CSV</translation>
    </message>
    <message>
        <source>Tablas CSV (*.csv)</source>
        <translation>CSV tables (*.csv)</translation>
    </message>
    <message>
        <source>Exportar la comparación como HTML</source>
        <translation>Export the comparison as HTML</translation>
    </message>
    <message>
        <source>Páginas HTML (*.html *.htm)</source>
        <translation>HTML pages (*.html *.htm)</translation>
    </message>
    <message>
        <source>Exportar</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>%1 ya existe. ¿Reemplazarlo?</source>
        <translation>%1 already exists. Replace it?</translation>
    </message>
    <message>
        <source>No se pudo escribir %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
    <message>
        <source>%1
Documento: %2</source>
        <translation>%1
Document: %2</translation>
    </message>
    <message>
        <source>Pulse una cifra de la tabla para ver sus metas.</source>
        <translation>Click a figure of the table to see its metas.</translation>
    </message>
    <message>
        <source>Comparación exportada</source>
        <translation>Comparison exported</translation>
    </message>
    <message>
        <source>&amp;Gráfico de temas</source>
        <translation>Topic &amp;chart</translation>
    </message>
</context>
<context>
    <name>vigia::app::ConflictsDialog</name>
    <message>
        <source>Quedarse con lo &amp;nuestro</source>
        <translation>Keep &amp;ours</translation>
    </message>
    <message>
        <source>Tomar lo &amp;suyo</source>
        <translation>Take &amp;theirs</translation>
    </message>
    <message>
        <source>Conflictos del seguimiento combinado</source>
        <translation>Conflicts of the merged tracking</translation>
    </message>
    <message>
        <source>Ítem</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Semestre</source>
        <translation>Semester</translation>
    </message>
    <message>
        <source>Nuestro</source>
        <translation>Ours</translation>
    </message>
    <message>
        <source>Suyo</source>
        <translation>Theirs</translation>
    </message>
    <message>
        <source>Del grupo %1</source>
        <translation>From group %1</translation>
    </message>
    <message>
        <source>No quedan conflictos por resolver.</source>
        <translation>No conflicts left to resolve.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflicto(s): elija, en cada fila, qué valores conservar.</source>
        <translation><numerusform>%n conflict: choose which values to keep.</numerusform><numerusform>%n conflicts: choose, in each row, which values to keep.</numerusform></translation>
    </message>
    <message>
        <source>No se resolvió el conflicto</source>
        <translation>The conflict was not resolved</translation>
    </message>
</context>
<context>
    <name>vigia::app::DashboardView</name>
    <message>
        <source>T&amp;ema:</source>
        <translation>T&amp;opic:</translation>
    </message>
    <message>
        <source>&amp;Dimensión:</source>
        <translation>&amp;Dimension:</translation>
    </message>
    <message>
        <source>Haga clic en una barra para ver sus metas.</source>
        <translation>Click a bar to see its targets.</translation>
    </message>
    <message>
        <source>Todas</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Todos</source>
        <translation>All</translation>
    </message>
    <message>
        <source>%1: el plan no tiene metas en esta selección.</source>
        <translation>%1: the plan has no targets in this selection.</translation>
    </message>
    <message>
        <source>%1: %2 de %3 metas cumplidas (%4 %)</source>
        <translation>%1: %2 of %3 targets met (%4 %)</translation>
    </message>
    <message>
        <source>Metas por dimensión y estado — %1</source>
        <translation>Targets per dimension and status — %1</translation>
    </message>
    <message>
        <source>Metas</source>
        <translation>Targets</translation>
    </message>
    <message>
        <source>Avance por semestre</source>
        <translation>Progress per semester</translation>
    </message>
    <message>
        <source>Cumplidas (%)</source>
        <translation>Met (%)</translation>
    </message>
    <message>
        <source>En proceso o cumplidas en parte (%)</source>
        <translation>In progress or partly met (%)</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2: %n meta(s)</source>
        <translation><numerusform>%1 — %2: %n target</numerusform><numerusform>%1 — %2: %n targets</numerusform></translation>
    </message>
</context>
<context>
    <name>vigia::app::EvidenceUrlDialog</name>
    <message>
        <source>Añadir enlace de evidencia</source>
        <translation>Add evidence link</translation>
    </message>
    <message>
        <source>&amp;Dirección:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>&amp;Consultada el:</source>
        <translation>&amp;Consulted on:</translation>
    </message>
    <message>
        <source>Escriba una dirección web completa (http:// o https://).</source>
        <translation>Write a complete web address (http:// or https://).</translation>
    </message>
    <message>
        <source>p. ej. Informe de gestión 2025</source>
        <translation>e.g. Management report 2025</translation>
    </message>
    <message>
        <source>&amp;Título:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>Añadida &amp;por:</source>
        <translation>Added &amp;by:</translation>
    </message>
    <message>
        <source>Escriba quién añade el enlace.</source>
        <translation>Type who adds the link.</translation>
    </message>
</context>
<context>
    <name>vigia::app::ImportProgressDisplay</name>
    <message>
        <source>Importando…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>Importando %1 de %2: %3</source>
        <translation>Importing %1 of %2: %3</translation>
    </message>
    <message>
        <source>%1 — página %2 de %3</source>
        <translation>%1 — page %2 of %3</translation>
    </message>
    <message>
        <source>%1 — reconocimiento de texto (OCR): página %2 de %3</source>
        <translation>%1 — text recognition (OCR): page %2 of %3</translation>
    </message>
</context>
<context>
    <name>vigia::app::ImportReportDialog</name>
    <message numerus="yes">
        <source>%n importado(s)</source>
        <translation><numerusform>%n imported</numerusform><numerusform>%n imported</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n ya estaba(n) en la biblioteca</source>
        <translation><numerusform>%n already in the library</numerusform><numerusform>%n already in the library</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n con error</source>
        <translation><numerusform>%n failed</numerusform><numerusform>%n failed</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n cancelado(s)</source>
        <translation><numerusform>%n cancelled</numerusform><numerusform>%n cancelled</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n aviso(s)</source>
        <translation><numerusform>%n warning</numerusform><numerusform>%n warnings</numerusform></translation>
    </message>
    <message>
        <source>Resultado de la importación</source>
        <translation>Import result</translation>
    </message>
    <message>
        <source>Resultado</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Importado</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>Ya estaba en la biblioteca</source>
        <translation>Already in the library</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Cancelado</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Aviso: %1</source>
        <translation>Warning: %1</translation>
    </message>
    <message>
        <source>tabla problema–objetivo–meta</source>
        <translation>problem–objective–meta table</translation>
    </message>
    <message>
        <source>tabla resumen del JNE</source>
        <translation>JNE summary table</translation>
    </message>
    <message>
        <source>tabla de Markdown</source>
        <translation>Markdown table</translation>
    </message>
    <message>
        <source>tabla leída como texto corrido</source>
        <translation>table read as running text</translation>
    </message>
    <message>
        <source>propuestas numeradas</source>
        <translation>numbered proposals</translation>
    </message>
    <message>
        <source>fichas de propuestas</source>
        <translation>proposal cards</translation>
    </message>
    <message>
        <source>secciones propias del plan, sin dimensiones</source>
        <translation>the plan's own sections, no dimensions</translation>
    </message>
    <message>
        <source>Importado: %1 · %2 · %3 · %4</source>
        <translation>Imported: %1 · %2 · %3 · %4</translation>
    </message>
    <message numerus="yes">
        <source>%n dimensión(es)</source>
        <translation><numerusform>%n dimension</numerusform><numerusform>%n dimensions</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n fila(s)</source>
        <translation><numerusform>%n row</numerusform><numerusform>%n rows</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n ítem(s)</source>
        <translation><numerusform>%n item</numerusform><numerusform>%n items</numerusform></translation>
    </message>
    <message>
        <source>esquema de problemas, objetivos y metas</source>
        <translation>outline of problems, objectives and metas</translation>
    </message>
    <message numerus="yes">
        <source>%n fila(s) por revisar: el lector dudó de ellas (Ver ▸ Filas por revisar).</source>
        <translation><numerusform>%n row to review: the reader was not sure of it (View ▸ Rows to review).</numerusform><numerusform>%n rows to review: the reader was not sure of them (View ▸ Rows to review).</numerusform></translation>
    </message>
    <message>
        <source>pág. %1</source>
        <translation>p. %1</translation>
    </message>
    <message>
        <source>línea %1</source>
        <translation>line %1</translation>
    </message>
    <message numerus="yes">
        <source>y %n pasaje(s) más</source>
        <translation><numerusform>and %n more passage</numerusform><numerusform>and %n more passages</numerusform></translation>
    </message>
    <message>
        <source>menos del 1 %</source>
        <translation>less than 1 %</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message numerus="yes">
        <source>%1 del texto no pasó al plan (%n pasaje(s)): una presentación, un diagnóstico o algo que el lector no reconoció.</source>
        <translation><numerusform>%1 of the text did not reach the plan (%n passage): a presentation, a diagnosis or something the reader did not recognise.</numerusform><numerusform>%1 of the text did not reach the plan (%n passages): a presentation, a diagnosis or something the reader did not recognise.</numerusform></translation>
    </message>
    <message>
        <source>«%1»</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
</context>
<context>
    <name>vigia::app::ImportSession</name>
    <message>
        <source>%1: no se importó, se necesita contraseña</source>
        <translation>%1: not imported, a password is needed</translation>
    </message>
    <message>
        <source>%1: no se pudo volver a importar</source>
        <translation>%1: could not be imported again</translation>
    </message>
</context>
<context>
    <name>vigia::app::ItemDetailView</name>
    <message>
        <source>Detalle del ítem</source>
        <translation>Item detail</translation>
    </message>
    <message>
        <source>Elija un problema, objetivo, indicador o meta en el plan para ver su texto completo y su origen.</source>
        <translation>Choose a problem, objective, indicator or target in the plan to see its full text and where it came from.</translation>
    </message>
    <message>
        <source>&lt;span style="color:%1"&gt;%2 %3&lt;/span&gt; · %4 ▸ fila %5</source>
        <translation>&lt;span style="color:%1"&gt;%2 %3&lt;/span&gt; · %4 ▸ row %5</translation>
    </message>
    <message>
        <source>página %1</source>
        <translation>page %1</translation>
    </message>
    <message>
        <source>línea %1</source>
        <translation>line %1</translation>
    </message>
    <message>
        <source>corregido a mano</source>
        <translation>corrected by hand</translation>
    </message>
    <message>
        <source>Origen: %1</source>
        <translation>Source: %1</translation>
    </message>
    <message>
        <source>Origen: %1, %2</source>
        <translation>Source: %1, %2</translation>
    </message>
    <message>
        <source>La biblioteca no guarda una copia de %1; no se puede mostrar el original.</source>
        <translation>The library keeps no copy of %1; the original cannot be shown.</translation>
    </message>
    <message>
        <source>El lector no registró dónde está este ítem en %1.</source>
        <translation>The reader did not record where this item is in %1.</translation>
    </message>
    <message>
        <source>No se puede leer %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>La línea %1 no está en el original.</source>
        <translation>Line %1 is not in the original.</translation>
    </message>
    <message>
        <source>Alejar</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Alejar la página</source>
        <translation>Zoom out of the page</translation>
    </message>
    <message>
        <source>Tamaño de la página</source>
        <translation>Page size</translation>
    </message>
    <message>
        <source>Acercar</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Acercar la página</source>
        <translation>Zoom in on the page</translation>
    </message>
    <message>
        <source>Ajustar al ancho</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <source>Ajustar la página al ancho del panel</source>
        <translation>Fit the page to the pane's width</translation>
    </message>
    <message>
        <source>Tamaño real</source>
        <translation>Actual size</translation>
    </message>
    <message>
        <source>Página al 100 %</source>
        <translation>Page at 100 %</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Medibilidad: %1</source>
        <translation>Measurability: %1</translation>
    </message>
    <message>
        <source>leído por OCR, confianza %1 %</source>
        <translation>read by OCR, confidence %1 %</translation>
    </message>
</context>
<context>
    <name>vigia::app::ItemEditActions</name>
    <message>
        <source>Cambiar el &amp;tipo</source>
        <translation>Change the &amp;kind</translation>
    </message>
    <message>
        <source>Convertir en %1</source>
        <translation>Convert to %1</translation>
    </message>
    <message>
        <source>&amp;Dividir el ítem en el cursor…</source>
        <translation>&amp;Split the item at the cursor…</translation>
    </message>
    <message>
        <source>&amp;Unir con el siguiente</source>
        <translation>&amp;Merge with the next one</translation>
    </message>
    <message>
        <source>&amp;Mover a…</source>
        <translation>Mo&amp;ve to…</translation>
    </message>
    <message>
        <source>&amp;Añadir ítem…</source>
        <translation>&amp;Add item…</translation>
    </message>
    <message>
        <source>&amp;Eliminar ítem…</source>
        <translation>&amp;Delete item…</translation>
    </message>
    <message>
        <source>Eliminar ítem</source>
        <translation>Delete item</translation>
    </message>
    <message numerus="yes">
        <source>No se puede eliminar «%1»: tiene %n registro(s) de avance, y el avance registrado nunca se borra. Cambie el texto o el tipo del ítem, o pase antes su avance a otro ítem.</source>
        <translation><numerusform>Cannot delete “%1”: it has %n progress record, and recorded progress is never deleted. Change the item's text or kind, or move its progress to another item first.</numerusform><numerusform>Cannot delete “%1”: it has %n progress records, and recorded progress is never deleted. Change the item's text or kind, or move its progress to another item first.</numerusform></translation>
    </message>
    <message>
        <source>¿Eliminar «%1» del plan? Puede deshacerlo con Editar ▸ Deshacer.</source>
        <translation>Delete “%1” from the plan? You can undo it with Edit ▸ Undo.</translation>
    </message>
    <message>
        <source>Añadir ítem</source>
        <translation>Add item</translation>
    </message>
</context>
<context>
    <name>vigia::app::ItemTextDialog</name>
    <message>
        <source>Corregir el texto del ítem</source>
        <translation>Correct the item text</translation>
    </message>
    <message>
        <source>El texto corregido queda guardado en la biblioteca y marcado como corregido a mano.</source>
        <translation>The corrected text is saved in the library and marked as corrected by hand.</translation>
    </message>
</context>
<context>
    <name>vigia::app::LibraryPane</name>
    <message>
        <source>Filtrar planes por lugar, organización, periodo…</source>
        <translation>Filter plans by place, organization, period…</translation>
    </message>
    <message>
        <source>En todas las columnas</source>
        <translation>In every column</translation>
    </message>
    <message>
        <source>En «%1»</source>
        <translation>In “%1”</translation>
    </message>
    <message>
        <source>&amp;Filtrar:</source>
        <translation>&amp;Filter:</translation>
    </message>
</context>
<context>
    <name>vigia::app::LibraryTableModel</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1
Archivo: %2</source>
        <translation>%1
File: %2</translation>
    </message>
    <message>
        <source>Lugar</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Organización política</source>
        <translation>Political organization</translation>
    </message>
    <message>
        <source>Periodo</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Tipo de elección</source>
        <translation>Election type</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>vigia::app::MainWindow</name>
    <message>
        <source>Vigía</source>
        <translation>Vigía</translation>
    </message>
    <message>
        <source>Búsqueda</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>&amp;Nueva biblioteca…</source>
        <translation>&amp;New library…</translation>
    </message>
    <message>
        <source>&amp;Abrir biblioteca…</source>
        <translation>&amp;Open library…</translation>
    </message>
    <message>
        <source>&amp;Importar planes…</source>
        <translation>&amp;Import plans…</translation>
    </message>
    <message>
        <source>&amp;Cancelar importación</source>
        <translation>&amp;Cancel import</translation>
    </message>
    <message>
        <source>&amp;Quitar plan de la biblioteca…</source>
        <translation>&amp;Remove plan from the library…</translation>
    </message>
    <message>
        <source>&amp;Salir</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Copiar texto del ítem</source>
        <translation>&amp;Copy item text</translation>
    </message>
    <message>
        <source>No hay un ítem elegido para copiar.</source>
        <translation>No item chosen to copy.</translation>
    </message>
    <message>
        <source>Texto copiado.</source>
        <translation>Text copied.</translation>
    </message>
    <message>
        <source>&amp;Buscar…</source>
        <translation>&amp;Find…</translation>
    </message>
    <message>
        <source>&amp;Preferencias…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <source>&amp;Expandir todo</source>
        <translation>&amp;Expand all</translation>
    </message>
    <message>
        <source>&amp;Contraer todo</source>
        <translation>C&amp;ollapse all</translation>
    </message>
    <message>
        <source>Ir a la &amp;lista de planes</source>
        <translation>Go to the plan &amp;list</translation>
    </message>
    <message>
        <source>Ir al &amp;plan</source>
        <translation>Go to the &amp;plan</translation>
    </message>
    <message>
        <source>&amp;Acerca de Vigía</source>
        <translation>&amp;About Vigía</translation>
    </message>
    <message>
        <source>&amp;Archivo</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Bibliotecas &amp;recientes</source>
        <translation>&amp;Recent libraries</translation>
    </message>
    <message>
        <source>&amp;Editar</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Ver</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Panel de &amp;búsqueda</source>
        <translation>&amp;Search panel</translation>
    </message>
    <message>
        <source>A&amp;yuda</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Primera vez: importando los planes de ejemplo…</source>
        <translation>First run: importing the sample plans…</translation>
    </message>
    <message>
        <source>Importación en curso</source>
        <translation>Import in progress</translation>
    </message>
    <message>
        <source>Espere a que termine la importación o cancélela antes de cambiar de biblioteca.</source>
        <translation>Wait for the import to finish, or cancel it, before changing library.</translation>
    </message>
    <message>
        <source>No se pudo abrir la biblioteca</source>
        <translation>Could not open the library</translation>
    </message>
    <message>
        <source>No se pudo abrir la biblioteca %1.</source>
        <translation>Could not open the library %1.</translation>
    </message>
    <message>
        <source>%1 — Vigía</source>
        <translation>%1 — Vigía</translation>
    </message>
    <message>
        <source>Ninguna biblioteca abierta</source>
        <translation>No library open</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n plan(es)</source>
        <translation><numerusform>%1 · %n plan</numerusform><numerusform>%1 · %n plans</numerusform></translation>
    </message>
    <message numerus="yes">
        <source> · %n ítem(s)</source>
        <translation><numerusform> · %n item</numerusform><numerusform> · %n items</numerusform></translation>
    </message>
    <message>
        <source>Nueva biblioteca</source>
        <translation>New library</translation>
    </message>
    <message>
        <source>Bibliotecas de Vigía (%1)</source>
        <translation>Vigía libraries (%1)</translation>
    </message>
    <message>
        <source>%1 ya existe. Ábrala con Archivo ▸ Abrir biblioteca o elija otro nombre.</source>
        <translation>%1 already exists. Open it with File ▸ Open library or choose another name.</translation>
    </message>
    <message>
        <source>Abrir biblioteca</source>
        <translation>Open library</translation>
    </message>
    <message>
        <source>Importar planes de gobierno</source>
        <translation>Import government plans</translation>
    </message>
    <message>
        <source>Planes de gobierno (*.pdf *.txt *.md *.markdown *.json);;Todos los archivos (*)</source>
        <translation>Government plans (*.pdf *.txt *.md *.markdown *.json);;All files (*)</translation>
    </message>
    <message>
        <source>Importar</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Abra o cree primero una biblioteca.</source>
        <translation>Open or create a library first.</translation>
    </message>
    <message>
        <source>Importación terminada: %1</source>
        <translation>Import finished: %1</translation>
    </message>
    <message>
        <source>Quitar plan</source>
        <translation>Remove plan</translation>
    </message>
    <message>
        <source>¿Quitar «%1» de la biblioteca? Esto no se puede deshacer.</source>
        <translation>Remove “%1” from the library? This cannot be undone.</translation>
    </message>
    <message>
        <source>No se pudo quitar el plan.</source>
        <translation>Could not remove the plan.</translation>
    </message>
    <message>
        <source>&amp;Deshacer</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Rehacer</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Corregir el &amp;texto del ítem…</source>
        <translation>Correct the item &amp;text…</translation>
    </message>
    <message>
        <source>Elija primero un ítem del plan.</source>
        <translation>Choose an item of the plan first.</translation>
    </message>
    <message>
        <source>No se pudo guardar la corrección.</source>
        <translation>Could not save the correction.</translation>
    </message>
    <message>
        <source>&amp;Seguimiento</source>
        <translation>&amp;Tracking</translation>
    </message>
    <message>
        <source>Biblioteca de solo lectura</source>
        <translation>Read-only library</translation>
    </message>
    <message>
        <source>Los planes de esta biblioteca no se podrán corregir.</source>
        <translation>The plans of this library cannot be corrected.</translation>
    </message>
    <message>
        <source>Corregir el plan</source>
        <translation>Correct the plan</translation>
    </message>
    <message>
        <source>C&amp;omparar planes…</source>
        <translation>Co&amp;mpare plans…</translation>
    </message>
    <message>
        <source>Abra una biblioteca para comparar sus planes.</source>
        <translation>Open a library to compare its plans.</translation>
    </message>
    <message>
        <source>Copia de &amp;seguridad…</source>
        <translation>&amp;Back up…</translation>
    </message>
    <message>
        <source>Abra una biblioteca para hacer su copia de seguridad.</source>
        <translation>Open a library to back it up.</translation>
    </message>
    <message>
        <source>Copia de seguridad de la biblioteca</source>
        <translation>Back up the library</translation>
    </message>
    <message>
        <source>Copiando la biblioteca a %1…</source>
        <translation>Copying the library to %1…</translation>
    </message>
    <message>
        <source>Copia de seguridad guardada en %1 (%2).</source>
        <translation>Backup saved to %1 (%2).</translation>
    </message>
    <message>
        <source>Copia de seguridad</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>No se pudo guardar la copia de seguridad en %1.
%2</source>
        <translation>Could not save the backup to %1.
%2</translation>
    </message>
    <message>
        <source>No se pudo guardar la copia de seguridad.</source>
        <translation>Could not save the backup.</translation>
    </message>
    <message>
        <source>&amp;Deshacer %1</source>
        <translation>&amp;Undo %1</translation>
    </message>
    <message>
        <source>&amp;Rehacer %1</source>
        <translation>&amp;Redo %1</translation>
    </message>
    <message>
        <source>El plan %1 ya no está en la biblioteca: otro programa lo quitó.</source>
        <translation>Plan %1 is no longer in the library: another program removed it.</translation>
    </message>
    <message>
        <source>No se pudo abrir el plan</source>
        <translation>Could not open the plan</translation>
    </message>
    <message>
        <source>No se pudo leer el plan %1 de la biblioteca %2:
%3

¿Volver a abrir la biblioteca?</source>
        <translation>Could not read plan %1 from the library %2:
%3

Open the library again?</translation>
    </message>
    <message>
        <source>La biblioteca cambió fuera de esta ventana; la lista está al día.</source>
        <translation>The library changed outside this window; the list is up to date.</translation>
    </message>
    <message>
        <source>Filas por revisar (%1)</source>
        <translation>Rows to review (%1)</translation>
    </message>
    <message>
        <source>Filas por revisar</source>
        <translation>Rows to review</translation>
    </message>
    <message>
        <source>Filas por &amp;revisar</source>
        <translation>Rows to &amp;review</translation>
    </message>
    <message>
        <source>Biblioteca modificada fuera de Vigía</source>
        <translation>Library altered outside Vigía</translation>
    </message>
    <message>
        <source>La biblioteca %1 fue modificada fuera de Vigía, así que se abrió solo para lectura: puede leer y exportar sus planes, pero no cambiarlos ni añadir otros.</source>
        <translation>The library %1 was altered outside Vigía, so it was opened read-only: you can read and export its plans, but not change them or add others.</translation>
    </message>
    <message>
        <source>%1 (solo lectura: modificada fuera de Vigía) — Vigía</source>
        <translation>%1 (read-only: altered outside Vigía) — Vigía</translation>
    </message>
</context>
<context>
    <name>vigia::app::MeasurabilityMetasModel</name>
    <message>
        <source>todo el plan</source>
        <translation>the whole plan</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n meta(s) de %2, %3</source>
        <translation><numerusform>%1: %n meta of %2, %3</numerusform><numerusform>%1: %n metas of %2, %3</numerusform></translation>
    </message>
    <message>
        <source>Dimensión</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Meta</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Por qué (cláusula de la rúbrica)</source>
        <translation>Why (clause of the rubric)</translation>
    </message>
</context>
<context>
    <name>vigia::app::MeasurabilityModel</name>
    <message>
        <source>Todo el plan</source>
        <translation>Whole plan</translation>
    </message>
    <message>
        <source>%1 % (%2)</source>
        <translation>%1 % (%2)</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Dimensión</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Metas</source>
        <translation>Targets</translation>
    </message>
    <message>
        <source>Pulse para ver estas metas y la cláusula que decidió cada una</source>
        <translation>Click to see these metas and the clause that decided each</translation>
    </message>
</context>
<context>
    <name>vigia::app::MoveItemDialog</name>
    <message>
        <source>Mover el ítem</source>
        <translation>Move the item</translation>
    </message>
    <message>
        <source>&amp;Mover</source>
        <translation>&amp;Move</translation>
    </message>
    <message>
        <source>&amp;Dimensión:</source>
        <translation>&amp;Dimension:</translation>
    </message>
    <message>
        <source>&amp;Fila:</source>
        <translation>&amp;Row:</translation>
    </message>
    <message>
        <source>&amp;Tipo:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>Fila %1</source>
        <translation>Row %1</translation>
    </message>
</context>
<context>
    <name>vigia::app::PasswordDialog</name>
    <message>
        <source>La contraseña de «%1» no es correcta. Escríbala de nuevo o cancele para no importar este archivo.</source>
        <translation>The password of “%1” is wrong. Type it again, or cancel not to import this file.</translation>
    </message>
    <message>
        <source>«%1» está protegido con contraseña. Escriba la contraseña para importarlo.</source>
        <translation>“%1” is protected by a password. Type the password to import it.</translation>
    </message>
    <message>
        <source>PDF protegido con contraseña</source>
        <translation>Password-protected PDF</translation>
    </message>
    <message>
        <source>&amp;Importar</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>&amp;Contraseña:</source>
        <translation>&amp;Password:</translation>
    </message>
</context>
<context>
    <name>vigia::app::PlanDetailsActions</name>
    <message>
        <source>&amp;Datos del plan…</source>
        <translation>Plan &amp;details…</translation>
    </message>
    <message>
        <source>Corregir la organización política, el lugar, el tipo de elección, el periodo y la visión del plan</source>
        <translation>Correct the plan's political organization, place, election type, period and vision</translation>
    </message>
    <message>
        <source>&amp;Renombrar dimensión…</source>
        <translation>&amp;Rename dimension…</translation>
    </message>
    <message>
        <source>&amp;Unir dimensión con…</source>
        <translation>&amp;Merge dimension into…</translation>
    </message>
    <message>
        <source>Pasar las filas de esta dimensión a otra del mismo plan (una dimensión leída como dos)</source>
        <translation>Move this dimension's rows to another dimension of the same plan (one dimension read as two)</translation>
    </message>
    <message>
        <source>corregir los datos del plan</source>
        <translation>correct the plan details</translation>
    </message>
    <message>
        <source>Renombrar dimensión</source>
        <translation>Rename dimension</translation>
    </message>
    <message>
        <source>Nuevo nombre de la dimensión:</source>
        <translation>New name of the dimension:</translation>
    </message>
    <message>
        <source>renombrar la dimensión %1</source>
        <translation>rename the dimension %1</translation>
    </message>
    <message>
        <source>Unir dimensión</source>
        <translation>Merge dimension</translation>
    </message>
    <message>
        <source>Pasar las filas de «%1» a la dimensión:</source>
        <translation>Move the rows of “%1” to the dimension:</translation>
    </message>
    <message>
        <source>unir la dimensión %1 con %2</source>
        <translation>merge the dimension %1 into %2</translation>
    </message>
</context>
<context>
    <name>vigia::app::PlanDetailsDialog</name>
    <message>
        <source>Datos del plan</source>
        <translation>Plan details</translation>
    </message>
    <message>
        <source>p. ej. 2027-2030</source>
        <translation>e.g. 2027-2030</translation>
    </message>
    <message>
        <source>&amp;Organización política:</source>
        <translation>Political &amp;organization:</translation>
    </message>
    <message>
        <source>&amp;Lugar:</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <source>&amp;Tipo de elección:</source>
        <translation>Election &amp;type:</translation>
    </message>
    <message>
        <source>&amp;Periodo:</source>
        <translation>P&amp;eriod:</translation>
    </message>
    <message>
        <source>&amp;Visión:</source>
        <translation>&amp;Vision:</translation>
    </message>
    <message>
        <source>Un campo en blanco quiere decir que el plan no lo indica. Puede deshacer la corrección con Ctrl+Z.</source>
        <translation>A blank field means the plan does not state it. You can undo the correction with Ctrl+Z.</translation>
    </message>
    <message>
        <source>Escriba el periodo como dos años: 2027-2030.</source>
        <translation>Type the period as two years: 2027-2030.</translation>
    </message>
</context>
<context>
    <name>vigia::app::PlanTreeModel</name>
    <message numerus="yes">
        <source>Dimensión %1 (%n ítems)</source>
        <translation><numerusform>%1 dimension (%n item)</numerusform><numerusform>%1 dimension (%n items)</numerusform></translation>
    </message>
    <message>
        <source>Fila %1</source>
        <translation>Row %1</translation>
    </message>
    <message>
        <source>Propuesta</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <source>Tipo</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>⚠ Por revisar: %1</source>
        <translation>⚠ To review: %1</translation>
    </message>
</context>
<context>
    <name>vigia::app::PlanView</name>
    <message>
        <source>no indicado</source>
        <translation>not stated</translation>
    </message>
    <message>
        <source>Lugar: %1 · Periodo: %2 · Elección: %3 · Archivo: %4</source>
        <translation>Place: %1 · Period: %2 · Election: %3 · File: %4</translation>
    </message>
    <message>
        <source>&lt;i&gt;El plan no enuncia una visión.&lt;/i&gt;</source>
        <translation>&lt;i&gt;The plan states no vision.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Visión:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Vision:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Ningún plan abierto</source>
        <translation>No plan open</translation>
    </message>
    <message>
        <source>Elija un plan en la lista de arriba o impórtelo con Archivo ▸ Importar planes.</source>
        <translation>Choose a plan in the list above, or import one with File ▸ Import plans.</translation>
    </message>
    <message>
        <source>⚠ Al importar: %1</source>
        <translation>⚠ On import: %1</translation>
    </message>
    <message numerus="yes">
        <source>⚠ &lt;a href="review"&gt;%n fila(s) por revisar&lt;/a&gt;: el importador pudo leerlas mal.</source>
        <translation><numerusform>⚠ &lt;a href="review"&gt;%n row to review&lt;/a&gt;: the importer may have read it wrong.</numerusform><numerusform>⚠ &lt;a href="review"&gt;%n rows to review&lt;/a&gt;: the importer may have read them wrong.</numerusform></translation>
    </message>
    <message>
        <source>Ver ▸ Filas por revisar (Ctrl+Mayús+R)</source>
        <translation>View ▸ Rows to review (Ctrl+Shift+R)</translation>
    </message>
</context>
<context>
    <name>vigia::app::PreferencesDialog</name>
    <message>
        <source>Preferencias</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source>&amp;Idioma:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>El idioma cambia al momento. Una ventana de seguimiento ya abierta lo hace al volver a abrirla.</source>
        <translation>The language changes at once. A tracking window already open changes when opened again.</translation>
    </message>
</context>
<context>
    <name>vigia::app::ProgressEditDialog</name>
    <message>
        <source>Avance en %1</source>
        <translation>Progress in %1</translation>
    </message>
    <message>
        <source>Sin cifra</source>
        <translation>No figure</translation>
    </message>
    <message>
        <source>Porcentaje de avance</source>
        <translation>Percentage of progress</translation>
    </message>
    <message>
        <source>Valor logrado frente a la meta</source>
        <translation>Value achieved against the target</translation>
    </message>
    <message>
        <source>&amp;Estado:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Medida:</source>
        <translation>&amp;Measure:</translation>
    </message>
    <message>
        <source>&amp;Cifra:</source>
        <translation>&amp;Figure:</translation>
    </message>
    <message>
        <source>Va&amp;lor meta:</source>
        <translation>Target va&amp;lue:</translation>
    </message>
    <message>
        <source>&amp;Nota:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>E&amp;valuador:</source>
        <translation>E&amp;valuator:</translation>
    </message>
    <message>
        <source>&amp;Fecha:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>Meta según el texto: %1</source>
        <translation>Target according to the text: %1</translation>
    </message>
    <message>
        <source>El texto no indica una cifra meta.</source>
        <translation>The text states no target figure.</translation>
    </message>
    <message>
        <source>0 a 100</source>
        <translation>0 to 100</translation>
    </message>
    <message>
        <source>la cifra del texto de la meta</source>
        <translation>the figure in the target's text</translation>
    </message>
    <message>
        <source>Escriba la cifra como un número.</source>
        <translation>Write the figure as a number.</translation>
    </message>
    <message>
        <source>El porcentaje va de 0 a 100.</source>
        <translation>The percentage goes from 0 to 100.</translation>
    </message>
    <message>
        <source>Escriba el valor meta como un número, o déjelo vacío.</source>
        <translation>Write the target value as a number, or leave it empty.</translation>
    </message>
    <message>
        <source>Indique quién evalúa.</source>
        <translation>Say who assesses.</translation>
    </message>
</context>
<context>
    <name>vigia::app::RecordDetailPanel</name>
    <message>
        <source>&amp;Editar avance…</source>
        <translation>&amp;Edit progress…</translation>
    </message>
    <message>
        <source>Añadir en&amp;lace…</source>
        <translation>Add &amp;link…</translation>
    </message>
    <message>
        <source>Adjuntar a&amp;rchivo…</source>
        <translation>Attach &amp;file…</translation>
    </message>
    <message>
        <source>A&amp;brir</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Evidencias:</source>
        <translation>Evidence:</translation>
    </message>
    <message>
        <source>Elija un objetivo o una meta de la tabla.</source>
        <translation>Choose an objective or a target in the table.</translation>
    </message>
    <message>
        <source>Sin registro en %1.</source>
        <translation>No record in %1.</translation>
    </message>
    <message>
        <source>%1 en %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>evaluó %1 el %2</source>
        <translation>assessed by %1 on %2</translation>
    </message>
    <message>
        <source>Añadida por %1 el %2</source>
        <translation>Added by %1 on %2</translation>
    </message>
</context>
<context>
    <name>vigia::app::ReviewPanel</name>
    <message>
        <source>No se pudo marcar la fila</source>
        <translation>Could not mark the row</translation>
    </message>
    <message>
        <source>La biblioteca no guardó la marca de revisión.</source>
        <translation>The library did not keep the review mark.</translation>
    </message>
    <message>
        <source>&amp;Volver a la cola</source>
        <translation>&amp;Back to the queue</translation>
    </message>
    <message>
        <source>&amp;Marcar como revisada</source>
        <translation>&amp;Mark as reviewed</translation>
    </message>
    <message>
        <source>La biblioteca es de solo lectura: las marcas no se pueden guardar.</source>
        <translation>The library is read-only: marks cannot be kept.</translation>
    </message>
    <message>
        <source>Abra un plan para ver las filas que conviene revisar.</source>
        <translation>Open a plan to see the rows worth reviewing.</translation>
    </message>
    <message>
        <source>El importador no dudó de ninguna fila de este plan.</source>
        <translation>The importer had no doubt about any row of this plan.</translation>
    </message>
    <message>
        <source>No quedan filas por revisar.</source>
        <translation>No rows left to review.</translation>
    </message>
    <message>
        <source>%1 de %2 filas por revisar: el importador pudo leerlas mal. Doble clic o Intro para ir a la fila.</source>
        <translation>%1 of %2 rows to review: the importer may have read them wrong. Double-click or Enter to go to the row.</translation>
    </message>
    <message>
        <source>Mostrar las &amp;revisadas</source>
        <translation>Show &amp;reviewed rows</translation>
    </message>
</context>
<context>
    <name>vigia::app::ReviewQueueModel</name>
    <message>
        <source>parece un título o una etiqueta, no una propuesta</source>
        <translation>looks like a heading or a label, not a proposal</translation>
    </message>
    <message>
        <source>parece un pedazo de otro ítem</source>
        <translation>looks like a piece of another item</translation>
    </message>
    <message>
        <source>texto muy largo: quizá une varios ítems</source>
        <translation>very long text: it may join several items</translation>
    </message>
    <message>
        <source>fila incompleta: un solo tipo de ítem</source>
        <translation>incomplete row: one kind of item only</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>%1 ▸ %2</source>
        <translation>%1 ▸ %2</translation>
    </message>
    <message>
        <source>Revisada</source>
        <translation>Reviewed</translation>
    </message>
    <message>
        <source>Por revisar</source>
        <translation>To review</translation>
    </message>
    <message>
        <source>Fila</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Por qué</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Texto</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>leído por OCR con poca confianza: compárelo con la página</source>
        <translation>read by OCR with low confidence: compare it with the page</translation>
    </message>
</context>
<context>
    <name>vigia::app::SavedFileBar</name>
    <message>
        <source>&amp;Abrir</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>&amp;Mostrar en carpeta</source>
        <translation>&amp;Show in folder</translation>
    </message>
    <message>
        <source>Cerrar este aviso</source>
        <translation>Close this notice</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>vigia::app::SearchPanel</name>
    <message>
        <source>Buscar en los planes (sin importar tildes ni mayúsculas)…</source>
        <translation>Search the plans (accents and case ignored)…</translation>
    </message>
    <message>
        <source>Todos los planes</source>
        <translation>Every plan</translation>
    </message>
    <message>
        <source>Solo el plan abierto</source>
        <translation>Only the open plan</translation>
    </message>
    <message>
        <source>Todos los tipos</source>
        <translation>Every kind</translation>
    </message>
    <message>
        <source>&amp;Buscar:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>Todas las dimensiones</source>
        <translation>Every dimension</translation>
    </message>
    <message>
        <source>No hay un plan abierto.</source>
        <translation>No plan is open.</translation>
    </message>
    <message>
        <source>Sin resultados para «%1».</source>
        <translation>No results for “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>Los %n primeros resultados; precise la búsqueda para ver otros.</source>
        <translation><numerusform>The first result only; narrow the search to see others.</numerusform><numerusform>The first %n results; narrow the search to see others.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n resultado(s). Enter abre el resultado en su plan.</source>
        <translation><numerusform>%n result. Enter opens it in its plan.</numerusform><numerusform>%n results. Enter opens a result in its plan.</numerusform></translation>
    </message>
</context>
<context>
    <name>vigia::app::SearchResultsModel</name>
    <message>
        <source>Texto</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Tipo</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Dimensión</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
</context>
<context>
    <name>vigia::app::SemestersDialog</name>
    <message>
        <source>Semestres del seguimiento</source>
        <translation>Tracking semesters</translation>
    </message>
    <message>
        <source>Semestres separados por comas, como 2023-S1 (enero–junio) y 2023-S2 (julio–diciembre):</source>
        <translation>Semesters separated by commas, such as 2023-S1 (January–June) and 2023-S2 (July–December):</translation>
    </message>
    <message>
        <source>«%1» no es un semestre (escriba AAAA-S1 o AAAA-S2).</source>
        <translation>“%1” is not a semester (write YYYY-S1 or YYYY-S2).</translation>
    </message>
    <message>
        <source>Indique al menos un semestre.</source>
        <translation>Give at least one semester.</translation>
    </message>
</context>
<context>
    <name>vigia::app::SideBySideModel</name>
    <message>
        <source>%1 — sin esta dimensión</source>
        <translation>%1 — no such dimension</translation>
    </message>
    <message>
        <source>Temas: %1</source>
        <translation>Topics: %1</translation>
    </message>
    <message>
        <source>Alineado con similitud %1</source>
        <translation>Aligned with similarity %1</translation>
    </message>
    <message>
        <source>Dimensión</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>%1 («%2»)</source>
        <translation>%1 (“%2”)</translation>
    </message>
</context>
<context>
    <name>vigia::app::SimilarItemsModel</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Tipo</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Similitud</source>
        <translation>Similarity</translation>
    </message>
    <message>
        <source>Texto</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>En común: %1</source>
        <translation>In common: %1</translation>
    </message>
</context>
<context>
    <name>vigia::app::SplitItemDialog</name>
    <message>
        <source>Dividir el ítem</source>
        <translation>Split the item</translation>
    </message>
    <message>
        <source>&amp;Dividir aquí</source>
        <translation>&amp;Split here</translation>
    </message>
    <message>
        <source>Ponga el cursor donde empieza el segundo ítem. El texto anterior queda en este ítem; el resto pasa a un ítem nuevo del mismo tipo, justo después.</source>
        <translation>Put the cursor where the second item begins. The text before it stays in this item; the rest goes to a new item of the same kind, right after it.</translation>
    </message>
</context>
<context>
    <name>vigia::app::TimelineModel</name>
    <message>
        <source>Registro</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Evidencia</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Movido por reimportación</source>
        <translation>Moved by a re-import</translation>
    </message>
    <message>
        <source>Asociado a mano</source>
        <translation>Attached by hand</translation>
    </message>
    <message>
        <source>Combinado</source>
        <translation>Merged</translation>
    </message>
    <message>
        <source>Conflicto resuelto</source>
        <translation>Conflict resolved</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Cuándo</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Quién</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Semestre</source>
        <translation>Semester</translation>
    </message>
    <message>
        <source>Acción</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Antes → después</source>
        <translation>Before → after</translation>
    </message>
    <message>
        <source>Detalle</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Pasó a la versión corregida del plan (similitud %1)</source>
        <translation>Moved to the corrected version of the plan (similarity %1)</translation>
    </message>
    <message>
        <source>Pasó a mano a este ítem desde otro de una versión anterior</source>
        <translation>Moved by hand to this item from one of an earlier version</translation>
    </message>
    <message>
        <source>Se tomaron los valores de %1</source>
        <translation>Took the values of %1</translation>
    </message>
    <message>
        <source>Se mantuvieron los valores propios frente a los de %1</source>
        <translation>Kept our own values over those of %1</translation>
    </message>
    <message>
        <source>De %1</source>
        <translation>From %1</translation>
    </message>
</context>
<context>
    <name>vigia::app::TopicMatrixModel</name>
    <message numerus="yes">
        <source>%1: %n ítems</source>
        <translation><numerusform>%1: %n item</numerusform><numerusform>%1: %n items</numerusform></translation>
    </message>
    <message>
        <source>Sin tema</source>
        <translation>No topic</translation>
    </message>
    <message>
        <source>• %1 (asignado a mano)</source>
        <translation>• %1 (given by hand)</translation>
    </message>
    <message>
        <source>• %1 (palabra: «%2»)</source>
        <translation>• %1 (word: “%2”)</translation>
    </message>
    <message numerus="yes">
        <source>… y %n más</source>
        <translation><numerusform>… and %n more</numerusform><numerusform>… and %n more</numerusform></translation>
    </message>
</context>
<context>
    <name>vigia::app::TopicTaxonomyDialog</name>
    <message>
        <source>&amp;Renombrar</source>
        <translation>&amp;Rename</translation>
    </message>
    <message>
        <source>&amp;Quitar tema…</source>
        <translation>Re&amp;move topic…</translation>
    </message>
    <message>
        <source>&amp;Guardar palabras clave</source>
        <translation>&amp;Save keywords</translation>
    </message>
    <message>
        <source>Temas de la biblioteca</source>
        <translation>Topics of the library</translation>
    </message>
    <message>
        <source>Temas</source>
        <translation>Topics</translation>
    </message>
    <message>
        <source>Nombre del tema</source>
        <translation>Topic name</translation>
    </message>
    <message>
        <source>Una palabra o frase clave por línea</source>
        <translation>One keyword or phrase per line</translation>
    </message>
    <message>
        <source>&amp;Añadir tema</source>
        <translation>&amp;Add topic</translation>
    </message>
    <message>
        <source>&amp;Nombre:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Palabras &amp;clave:</source>
        <translation>&amp;Keywords:</translation>
    </message>
    <message>
        <source>Los cambios se guardan al momento y la comparación se recalcula.</source>
        <translation>Changes are saved at once and the comparison is recomputed.</translation>
    </message>
    <message>
        <source>No se pudo cambiar los temas: %1</source>
        <translation>Could not change the topics: %1</translation>
    </message>
    <message>
        <source>Quitar tema</source>
        <translation>Remove topic</translation>
    </message>
    <message>
        <source>¿Quitar el tema «%1»? Los ítems dejarán de tenerlo, también los asignados a mano.</source>
        <translation>Remove the topic “%1”? Items will no longer have it, including those given it by hand.</translation>
    </message>
</context>
<context>
    <name>vigia::app::TrackingMenu</name>
    <message>
        <source>&amp;Seguimiento del plan…</source>
        <translation>Plan &amp;tracking…</translation>
    </message>
    <message>
        <source>&amp;Tablero de seguimiento…</source>
        <translation>Tracking &amp;dashboard…</translation>
    </message>
    <message>
        <source>No se abrió el seguimiento</source>
        <translation>Tracking was not opened</translation>
    </message>
</context>
<context>
    <name>vigia::app::TrackingTableModel</name>
    <message>
        <source>Tipo</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Texto</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Avance</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Nota</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Evidencias</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Evaluador</source>
        <translation>Evaluator</translation>
    </message>
    <message>
        <source>Fecha</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>%1 ▸ %2</source>
        <translation>%1 ▸ %2</translation>
    </message>
    <message>
        <source>%1 ▸ fila %2</source>
        <translation>%1 ▸ row %2</translation>
    </message>
    <message>
        <source>Problema: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <source>Objetivo: %1</source>
        <translation>Objective: %1</translation>
    </message>
    <message>
        <source>Indicador: %1</source>
        <translation>Indicator: %1</translation>
    </message>
    <message>
        <source>Dimensión ▸ fila</source>
        <translation>Dimension ▸ row</translation>
    </message>
    <message>
        <source>Objetivo al que sirve</source>
        <translation>Objective it serves</translation>
    </message>
</context>
<context>
    <name>vigia::app::TrackingWindow</name>
    <message>
        <source>Seguimiento — Vigía</source>
        <translation>Tracking — Vigía</translation>
    </message>
    <message>
        <source>Evidencias</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>&amp;Editar avance…</source>
        <translation>&amp;Edit progress…</translation>
    </message>
    <message>
        <source>Historial del ítem:</source>
        <translation>Item history:</translation>
    </message>
    <message>
        <source>&amp;Registros</source>
        <translation>&amp;Records</translation>
    </message>
    <message>
        <source>&amp;Tablero</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <source>&amp;Semestre:</source>
        <translation>&amp;Semester:</translation>
    </message>
    <message>
        <source>Semestres…</source>
        <translation>Semesters…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&amp;Seguimiento</source>
        <translation>&amp;Tracking</translation>
    </message>
    <message>
        <source>Añadir en&amp;lace de evidencia…</source>
        <translation>Add evidence &amp;link…</translation>
    </message>
    <message>
        <source>Adjuntar a&amp;rchivo de evidencia…</source>
        <translation>Attach evidence &amp;file…</translation>
    </message>
    <message>
        <source>A&amp;brir evidencia</source>
        <translation>&amp;Open evidence</translation>
    </message>
    <message>
        <source>&amp;Semestres…</source>
        <translation>&amp;Semesters…</translation>
    </message>
    <message>
        <source>&amp;Importar versión corregida…</source>
        <translation>&amp;Import corrected version…</translation>
    </message>
    <message>
        <source>E&amp;xportar seguimiento…</source>
        <translation>E&amp;xport tracking…</translation>
    </message>
    <message>
        <source>&amp;Combinar seguimiento de otro grupo…</source>
        <translation>&amp;Merge another group's tracking…</translation>
    </message>
    <message>
        <source>C&amp;onflictos…</source>
        <translation>C&amp;onflicts…</translation>
    </message>
    <message>
        <source>&amp;Generar informe…</source>
        <translation>&amp;Generate report…</translation>
    </message>
    <message>
        <source>&amp;Cerrar</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>No existe el plan %1.</source>
        <translation>There is no plan %1.</translation>
    </message>
    <message>
        <source>Seguimiento: %1 — Vigía</source>
        <translation>Tracking: %1 — Vigía</translation>
    </message>
    <message>
        <source>El plan no indica su periodo: indique los semestres del seguimiento (Semestres…).</source>
        <translation>The plan states no period: give the semesters to track (Semesters…).</translation>
    </message>
    <message>
        <source>No se cambiaron los semestres</source>
        <translation>The semesters were not changed</translation>
    </message>
    <message>
        <source>No se guardó el avance</source>
        <translation>The progress was not saved</translation>
    </message>
    <message>
        <source>Avance guardado.</source>
        <translation>Progress saved.</translation>
    </message>
    <message>
        <source>No se añadió la evidencia</source>
        <translation>The evidence was not added</translation>
    </message>
    <message>
        <source>Adjuntar archivo de evidencia</source>
        <translation>Attach evidence file</translation>
    </message>
    <message>
        <source>Todos los archivos (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>No se adjuntó el archivo</source>
        <translation>The file was not attached</translation>
    </message>
    <message>
        <source>No se abrió la evidencia</source>
        <translation>The evidence was not opened</translation>
    </message>
    <message>
        <source>No hay una carpeta temporal donde escribirla.</source>
        <translation>There is no temporary folder to write it to.</translation>
    </message>
    <message>
        <source>Seguimiento</source>
        <translation>Tracking</translation>
    </message>
    <message>
        <source>Importar versión corregida</source>
        <translation>Import corrected version</translation>
    </message>
    <message>
        <source>Planes (*.pdf *.txt *.md *.json);;Todos los archivos (*)</source>
        <translation>Plans (*.pdf *.txt *.md *.json);;All files (*)</translation>
    </message>
    <message>
        <source>Importando la versión corregida…</source>
        <translation>Importing the corrected version…</translation>
    </message>
    <message numerus="yes">
        <source>Nueva versión importada: %n registro(s) pasaron a la nueva versión</source>
        <translation><numerusform>New version imported: %n record moved to the new version</numerusform><numerusform>New version imported: %n records moved to the new version</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n sin ítem correspondiente.</source>
        <translation><numerusform>%n without a matching item.</numerusform><numerusform>%n without a matching item.</numerusform></translation>
    </message>
    <message>
        <source>Exportar seguimiento</source>
        <translation>Export tracking</translation>
    </message>
    <message>
        <source>Seguimiento de Vigía (*.json)</source>
        <translation>Vigía tracking (*.json)</translation>
    </message>
    <message>
        <source>Exportando el seguimiento…</source>
        <translation>Exporting the tracking…</translation>
    </message>
    <message>
        <source>Seguimiento exportado</source>
        <translation>Tracking exported</translation>
    </message>
    <message>
        <source>Combinar seguimiento de otro grupo</source>
        <translation>Merge another group's tracking</translation>
    </message>
    <message>
        <source>Seguimiento de Vigía (*.json);;Todos los archivos (*)</source>
        <translation>Vigía tracking (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>Combinando el seguimiento…</source>
        <translation>Merging the tracking…</translation>
    </message>
    <message>
        <source>El archivo de %1 no trae nada nuevo.</source>
        <translation>The file of %1 brings nothing new.</translation>
    </message>
    <message>
        <source>Combinado el seguimiento de %1: %2 registro(s) nuevo(s), %3 evidencia(s), %4 conflicto(s), %5 sin ítem.</source>
        <translation>Merged the tracking of %1: %2 new record(s), %3 evidence item(s), %4 conflict(s), %5 without an item.</translation>
    </message>
    <message>
        <source>Generar informe de %1</source>
        <translation>Generate the report of %1</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;HTML (*.html)</source>
        <translation>PDF (*.pdf);;HTML (*.html)</translation>
    </message>
    <message>
        <source>Generando el informe…</source>
        <translation>Generating the report…</translation>
    </message>
    <message>
        <source>Informe generado</source>
        <translation>Report generated</translation>
    </message>
</context>
<context>
    <name>vigia::app::UnmatchedRecordsDialog</name>
    <message>
        <source>&amp;Asociar</source>
        <translation>&amp;Attach</translation>
    </message>
    <message>
        <source>Registros sin ítem en la nueva versión</source>
        <translation>Records without an item in the new version</translation>
    </message>
    <message>
        <source>Ítem de la versión anterior</source>
        <translation>Item of the previous version</translation>
    </message>
    <message>
        <source>Semestre</source>
        <translation>Semester</translation>
    </message>
    <message>
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Ítem de la &amp;nueva versión:</source>
        <translation>Item of the &amp;new version:</translation>
    </message>
    <message>
        <source>Todos los registros tienen un ítem en la nueva versión.</source>
        <translation>Every record has an item in the new version.</translation>
    </message>
    <message numerus="yes">
        <source>%n registro(s) no encontraron su ítem en la nueva versión. Siguen guardados en la versión anterior; elija a qué ítem nuevo corresponde cada uno.</source>
        <translation><numerusform>%n record found no item in the new version. It stays on the previous version; choose the new item it belongs to.</numerusform><numerusform>%n records found no item in the new version. They stay on the previous version; choose the new item each belongs to.</numerusform></translation>
    </message>
    <message>
        <source>No se asoció el registro</source>
        <translation>The record was not attached</translation>
    </message>
</context>
<context>
    <name>vigia::app::WelcomeDialog</name>
    <message>
        <source>Leer un plan</source>
        <translation>Read a plan</translation>
    </message>
    <message>
        <source>Comparar planes</source>
        <translation>Compare plans</translation>
    </message>
    <message>
        <source>Hacer seguimiento</source>
        <translation>Track progress</translation>
    </message>
    <message>
        <source>Le damos la bienvenida a Vigía</source>
        <translation>Welcome to Vigía</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Le damos la bienvenida a Vigía&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Welcome to Vigía&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Vigía lee los planes de gobierno que los candidatos presentan al JNE y los ordena por dimensión: problemas, objetivos, indicadores y metas. Con él puede leer y buscar en un plan, poner planes lado a lado y registrar cada semestre el avance de las metas de la autoridad elegida.</source>
        <translation>Vigía reads the government plans that candidates file with the JNE and orders them by dimension: problems, objectives, indicators and metas. With it you can read and search a plan, put plans side by side and record, every semester, the progress of the elected authority's metas.</translation>
    </message>
    <message numerus="yes">
        <source>La biblioteca de ejemplo tiene %n plan(es):</source>
        <translation><numerusform>The sample library has %n plan:</numerusform><numerusform>The sample library has %n plans:</numerusform></translation>
    </message>
    <message>
        <source>Elija un plan en la lista y recórralo por dimensión; busque un tema con Ctrl+F.</source>
        <translation>Choose a plan in the list and go through it by dimension; search a topic with Ctrl+F.</translation>
    </message>
    <message>
        <source>Ponga de dos a cuatro planes lado a lado: en qué coinciden, en qué difieren, de qué no hablan y qué tan medibles son sus metas.</source>
        <translation>Put two to four plans side by side: where they agree, where they differ, what they leave out and how measurable their metas are.</translation>
    </message>
    <message>
        <source>Registre cada semestre el avance de cada meta, con evidencias, y publique el informe.</source>
        <translation>Record every semester the progress of each meta, with evidence, and publish the report.</translation>
    </message>
    <message>
        <source>Ver el informe de importación</source>
        <translation>See the import report</translation>
    </message>
</context>
</TS>