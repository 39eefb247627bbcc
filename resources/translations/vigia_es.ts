<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es_PE" sourcelanguage="es_PE">
<context>
    <name>AddItemCommand</name>
    <message>
        <source>añadir un ítem</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChangeItemKindCommand</name>
    <message>
        <source>cambiar el tipo de un ítem</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ComparisonStyle</name>
    <message>
        <source>— sin propuesta —</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Medible</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Parcialmente medible</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No medible</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, plazo: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cifra %1%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>«%1», un conjunto acotado%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>periodicidad %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>un entregable identificable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>algo concreto, sin cifra</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>lo concreto es solo el medio</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>solo un estado deseado, nada que entregar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> — cláusula %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DeleteItemCommand</name>
    <message>
        <source>eliminar un ítem</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EditItemTextCommand</name>
    <message>
        <source>corregir el texto de un ítem</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EvidenceText</name>
    <message>
        <source>Archivo: %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enlace: %1 (consultado el %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enlace «%1»: %2 (consultado el %3)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportService</name>
    <message>
        <source>%1: cancelled</source>
        <translation>%1: cancelado</translation>
    </message>
    <message>
        <source>%1; nothing was imported: a plan is kept only with a copy of its document</source>
        <translation>%1; no se importó nada: un plan se guarda solo junto con una copia de su documento</translation>
    </message>
</context>
<context>
    <name>ItemKindStyle</name>
    <message>
        <source>Problema</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Objetivo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Indicador</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Meta</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Problemas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Objetivos</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Indicadores</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Metas</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MergeItemsCommand</name>
    <message>
        <source>unir un ítem con el siguiente</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MoveItemCommand</name>
    <message>
        <source>mover un ítem</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OpenDatabaseFiles</name>
    <message>
        <source>%1: is a Vigía library (or part of one) open in this program, not a document; it is left untouched</source>
        <translation>%1: es una biblioteca de Vigía (o parte de una) abierta en este programa, no un documento; no se toca</translation>
    </message>
</context>
<context>
    <name>PdfOcrReader</name>
    <message>
        <source>the Spanish model of Tesseract is not installed (Debian: tesseract-ocr-spa)</source>
        <translation>el modelo de español de Tesseract no está instalado (Debian: tesseract-ocr-spa)</translation>
    </message>
</context>
<context>
    <name>PdfPageRenderer</name>
    <message>
        <source>No se puede abrir el PDF %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>El PDF %1 no tiene la página %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No se pudo dibujar la página %1 de %2.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PdfPlanReader</name>
    <message>
        <source>not a PDF file (no %PDF header)</source>
        <translation>no es un archivo PDF (no empieza con %PDF)</translation>
    </message>
    <message>
        <source>the PDF is truncated (the file is incomplete)</source>
        <translation>el PDF está cortado (el archivo está incompleto)</translation>
    </message>
    <message>
        <source>the PDF is damaged and cannot be read</source>
        <translation>el PDF está dañado y no se puede leer</translation>
    </message>
    <message>
        <source>the PDF is encrypted: a password is needed to open it</source>
        <translation>el PDF está cifrado: se necesita una contraseña para abrirlo</translation>
    </message>
    <message>
        <source>the PDF is encrypted and the password given is wrong</source>
        <translation>el PDF está cifrado y la contraseña dada no es correcta</translation>
    </message>
    <message>
        <source>the PDF is damaged: it has no pages</source>
        <translation>el PDF está dañado: no tiene páginas</translation>
    </message>
    <message>
        <source>reading was cancelled</source>
        <translation>se canceló la lectura</translation>
    </message>
    <message>
        <source>the PDF is truncated: page %1 of %2 is missing</source>
        <translation>el PDF está cortado: falta la página %1 de %2</translation>
    </message>
    <message>
        <source>the PDF is damaged: page %1 of %2 cannot be read</source>
        <translation>el PDF está dañado: no se puede leer la página %1 de %2</translation>
    </message>
    <message>
        <source>the PDF is truncated and no text could be read from it</source>
        <translation>el PDF está cortado y no se pudo leer texto de él</translation>
    </message>
    <message>
        <source>no text layer: this PDF is a scanned image</source>
        <translation>no tiene capa de texto: este PDF es una imagen escaneada</translation>
    </message>
    <message>
        <source>the PDF looks truncated (no end-of-file marker); some text may be missing</source>
        <translation>el PDF parece cortado (no tiene marca de fin de archivo); puede faltar texto</translation>
    </message>
    <message>
        <source>%1 page(s) read by OCR from their image (mean confidence %2 %)</source>
        <translation>%1 página(s) leída(s) por OCR de su imagen (confianza media %2 %)</translation>
    </message>
    <message>
        <source>no text layer, and OCR found no text on its pages (blank pages, or not text)</source>
        <translation>no tiene capa de texto, y el OCR no halló texto en sus páginas (páginas en blanco, o no es texto)</translation>
    </message>
    <message>
        <source>no text layer: this PDF is a scanned image, and OCR cannot run: %1</source>
        <translation>no tiene capa de texto: este PDF es una imagen escaneada, y el OCR no puede correr: %1</translation>
    </message>
    <message>
        <source>%1 (%2 %)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <source>the OCR was unsure of page(s) %1: not Spanish text, or a poor scan; check their items</source>
        <translation>el OCR dudó de la(s) página(s) %1: no es texto en español, o el escaneo es pobre; revise sus ítems</translation>
    </message>
    <message>
        <source>page(s) %1 without text are blank: nothing to read</source>
        <translation>la(s) página(s) %1 sin texto están en blanco: nada que leer</translation>
    </message>
</context>
<context>
    <name>PdfReaderModule</name>
    <message>
        <source>the PDF reader (%1) could not be loaded: %2</source>
        <translation>no se pudo cargar el lector de PDF (%1): %2</translation>
    </message>
    <message>
        <source>the PDF reader is not installed (looked for %1)</source>
        <translation>el lector de PDF no está instalado (se buscó en %1)</translation>
    </message>
</context>
<context>
    <name>PlanBuilder</name>
    <message>
        <source>the table was extracted as running text: its columns were estimated, check the rows</source>
        <translation>la tabla se extrajo como texto corrido: sus columnas se estimaron, revise las filas</translation>
    </message>
    <message>
        <source>1 row merged across a page break</source>
        <translation>1 fila unida a través de un salto de página</translation>
    </message>
    <message>
        <source>%1 rows merged across a page break</source>
        <translation>%1 filas unidas a través de un salto de página</translation>
    </message>
    <message>
        <source>no plan structure found: no dimensions or proposal rows</source>
        <translation>no se encontró la estructura de un plan: no hay dimensiones ni filas de propuestas</translation>
    </message>
    <message>
        <source>needs review: no dimension headings were found, so the plan's own numbered sections were taken as its dimensions; check its rows</source>
        <translation>revisar: no se encontraron títulos de dimensión, así que las secciones numeradas del propio plan se tomaron como sus dimensiones; revise sus filas</translation>
    </message>
</context>
<context>
    <name>PlanFileReader</name>
    <message>
        <source>%1: no such file</source>
        <translation>%1: el archivo no existe</translation>
    </message>
    <message>
        <source>%1: is a directory, not a plan document</source>
        <translation>%1: es una carpeta, no un documento de plan</translation>
    </message>
    <message>
        <source>%1: the file is too large (%2 MB; at most %3 MB)</source>
        <translation>%1: el archivo es demasiado grande (%2 MB; como máximo %3 MB)</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: no se puede abrir: %2</translation>
    </message>
    <message>
        <source>%1: the file is too large for a %2 document (%3 MB; at most %4 MB)</source>
        <translation>%1: el archivo es demasiado grande para un documento %2 (%3 MB; como máximo %4 MB)</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: no se puede leer: %2</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>not a document Vigía can read (expected a PDF, a text or a Markdown file)</source>
        <translation>no es un documento que Vigía pueda leer (se espera un PDF, un texto o un archivo Markdown)</translation>
    </message>
    <message>
        <source>%1: not a regular file (a device, a pipe or a socket), not a plan document</source>
        <translation>%1: no es un archivo común (es un dispositivo, una tubería o un socket), no es un plan</translation>
    </message>
    <message>
        <source>%1: the file is too large (more than %2 MB)</source>
        <translation>%1: el archivo es demasiado grande (más de %2 MB)</translation>
    </message>
</context>
<context>
    <name>PlanJsonReader</name>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>not plan JSON: %1</source>
        <translation>no es un JSON de plan: %1</translation>
    </message>
    <message>
        <source>not plan JSON: the plan has no dimensions</source>
        <translation>no es un JSON de plan: el plan no tiene dimensiones</translation>
    </message>
</context>
<context>
    <name>PlanLibrary</name>
    <message>
        <source>not a Vigía library (the file is not an SQLite database)</source>
        <translation>no es una biblioteca de Vigía (el archivo no es una base de datos SQLite)</translation>
    </message>
    <message>
        <source>the library file is damaged (%1)</source>
        <translation>el archivo de la biblioteca está dañado (%1)</translation>
    </message>
    <message>
        <source>the library is read-only (%1)</source>
        <translation>la biblioteca es de solo lectura (%1)</translation>
    </message>
    <message>
        <source>the disk is full (%1)</source>
        <translation>el disco está lleno (%1)</translation>
    </message>
    <message>
        <source>the library was written by a newer version of Vigía (schema version %1; this version knows up to %2)</source>
        <translation>la biblioteca fue escrita por una versión más nueva de Vigía (versión de esquema %1; esta versión conoce hasta la %2)</translation>
    </message>
    <message>
        <source>not a Vigía library (an SQLite database of another application)</source>
        <translation>no es una biblioteca de Vigía (es una base de datos SQLite de otra aplicación)</translation>
    </message>
    <message>
        <source>no library path given</source>
        <translation>no se indicó la ruta de la biblioteca</translation>
    </message>
    <message>
        <source>is a folder, not a Vigía library</source>
        <translation>es una carpeta, no una biblioteca de Vigía</translation>
    </message>
    <message>
        <source>cannot open the library: %1</source>
        <translation>no se puede abrir la biblioteca: %1</translation>
    </message>
    <message>
        <source>cannot create the library: the folder %1 does not exist</source>
        <translation>no se puede crear la biblioteca: la carpeta %1 no existe</translation>
    </message>
    <message>
        <source>cannot create the library: %1 is not a folder</source>
        <translation>no se puede crear la biblioteca: %1 no es una carpeta</translation>
    </message>
    <message>
        <source>the library is read-only and needs an upgrade to this version of Vigía</source>
        <translation>la biblioteca es de solo lectura y necesita actualizarse a esta versión de Vigía</translation>
    </message>
    <message>
        <source>cannot store the plan in %1: %2</source>
        <translation>no se puede guardar el plan en %1: %2</translation>
    </message>
    <message>
        <source>the plan has no source SHA-256</source>
        <translation>el plan no tiene el SHA-256 de su documento</translation>
    </message>
    <message>
        <source>there is no plan %1</source>
        <translation>no existe el plan %1</translation>
    </message>
    <message>
        <source>%1: there is no item %2</source>
        <translation>%1: no existe el ítem %2</translation>
    </message>
    <message>
        <source>%1: there is no plan %2</source>
        <translation>%1: no existe el plan %2</translation>
    </message>
    <message>
        <source>cannot check the library's structure: %1</source>
        <translation>no se pudo comprobar la estructura de la biblioteca: %1</translation>
    </message>
    <message>
        <source>this library has been altered outside Vigía: %1</source>
        <translation>esta biblioteca fue modificada fuera de Vigía: %1</translation>
    </message>
    <message>
        <source>%1; it is open read-only, so nothing can be changed in it (export what you need)</source>
        <translation>%1; está abierta solo para lectura, así que no se puede cambiar nada en ella (exporte lo que necesite)</translation>
    </message>
</context>
<context>
    <name>ProgressStatus</name>
    <message>
        <source>Sin información</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No iniciada</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>En proceso</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cumplida parcialmente</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cumplida</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Incumplida</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No verificable</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SourceArchive</name>
    <message>
        <source>no digest to file the copy under</source>
        <translation>no hay huella (SHA-256) con la que guardar la copia</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>no se puede crear la carpeta %1</translation>
    </message>
    <message>
        <source>cannot move the copy into %1</source>
        <translation>no se puede mover la copia a %1</translation>
    </message>
    <message>
        <source>the file changed while it was imported</source>
        <translation>el archivo cambió mientras se importaba</translation>
    </message>
    <message>
        <source>cannot write into %1: %2</source>
        <translation>no se puede escribir en %1: %2</translation>
    </message>
</context>
<context>
    <name>SplitItemCommand</name>
    <message>
        <source>dividir un ítem</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SqliteDatabase</name>
    <message>
        <source>the library is busy: another program (or window) has been writing to it for several seconds; try again when it has finished</source>
        <translation>la biblioteca está ocupada: otro programa (o ventana) lleva varios segundos escribiendo en ella; vuelva a intentarlo cuando termine</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>a query ran for more than %1 s and was stopped (the library may have been altered)</source>
        <translation>una consulta duró más de %1 s y se detuvo (puede que la biblioteca haya sido modificada)</translation>
    </message>
</context>
<context>
    <name>TextDecoder</name>
    <message>
        <source>unsupported encoding %1</source>
        <translation>codificación no admitida: %1</translation>
    </message>
    <message>
        <source>cannot convert from %1: %2</source>
        <translation>no se puede convertir desde %1: %2</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>the text is UTF-16 without a byte-order mark; save it as UTF-8 (or UTF-16 with a byte-order mark)</source>
        <translation>el texto está en UTF-16 sin marca de orden de bytes; guárdelo como UTF-8 (o UTF-16 con marca de orden de bytes)</translation>
    </message>
    <message>
        <source>the file is binary, not text</source>
        <translation>el archivo es binario, no texto</translation>
    </message>
    <message>
        <source>the file contains NUL characters, it is not a text file</source>
        <translation>el archivo contiene caracteres NUL, no es un archivo de texto</translation>
    </message>
</context>
<context>
    <name>TextReading</name>
    <message>
        <source>the text is too large for a plan (%1 MB; a text plan has at most %2 MB)</source>
        <translation>el texto es demasiado grande para un plan (%1 MB; un plan en texto tiene como máximo %2 MB)</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>encoding converted from %1</source>
        <translation>codificación convertida desde %1</translation>
    </message>
</context>
<context>
    <name>ThinResult</name>
    <message>
        <source>only %1 rows for %2 pages: the reader may have missed part of the plan; check it against the document</source>
        <translation>solo %1 filas para %2 páginas: el lector pudo pasar por alto parte del plan; compárelo con el documento</translation>
    </message>
    <message>
        <source>no problem was read, though the plan's layout gives each row one: check whether the problems were read as something else</source>
        <translation>no se leyó ningún problema, aunque la disposición del plan da uno a cada fila: revise si los problemas se leyeron como otra cosa</translation>
    </message>
    <message>
        <source>%1 metas read like headings (“%2”…): check whether the reader took titles for metas</source>
        <translation>%1 metas parecen títulos («%2»…): revise si el lector tomó títulos por metas</translation>
    </message>
</context>
<context>
    <name>vigia::app::AboutDialog</name>
    <message>
        <source>Qt %1 · Poppler %2 · SQLite %3 · ICU %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Acerca de Vigía</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;h2&gt;Vigía %1&lt;/h2&gt;&lt;p&gt;Leer, comparar y vigilar los planes de gobierno que los candidatos presentan al Jurado Nacional de Elecciones.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>vigia::app::ComparisonWindow</name>
    <message>
        <source>Comparar planes — Vigía</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No se pudo abrir la biblioteca: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Planes a comparar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Marque de 2 a 4 planes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Umbral de similitud</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Similitud mínima para alinear dos ítems y para mostrarlos como propuestas similares</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Editar &amp;temas…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exportar &amp;CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exportar &amp;HTML…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Umbral de similitud:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Planes lado a lado</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Elija un ítem para ver sus propuestas similares en los otros planes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Propuestas similares</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Temas del ítem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Matriz de temas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gráfico de temas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Medibilidad de las metas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gráfico de medibilidad</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Lado a lado</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>T&amp;emas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Medibilidad</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Planes (de 2 a 4)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Marque de %1 a %2 planes para compararlos (hay %3 marcados).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Comparando…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No se pudo comparar los planes: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n planes comparados: %1 ítems, %2 pares de propuestas similares, %3 metas.</source>
        <translation><numerusform>%n plan comparado: %1 ítems, %2 pares de propuestas similares, %3 metas.</numerusform><numerusform>%n planes comparados: %1 ítems, %2 pares de propuestas similares, %3 metas.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 de %2: «%3» — %n propuestas similares con similitud de al menos %4.</source>
        <translation><numerusform>%1 de %2: «%3» — %n propuesta similar con similitud de al menos %4.</numerusform><numerusform>%1 de %2: «%3» — %n propuestas similares con similitud de al menos %4.</numerusform></translation>
    </message>
    <message>
        <source>Temas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No se pudo cambiar el tema del ítem: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ítems por tema</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Medibilidad de las metas (% de las metas de cada plan)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exportar la comparación como CSV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tablas CSV (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exportar la comparación como HTML</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Páginas HTML (*.html *.htm)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exportar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 ya existe. ¿Reemplazarlo?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No se pudo escribir %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1
Documento: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pulse una cifra de la tabla para ver sus metas.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Comparación exportada</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Gráfico de temas</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>vigia::app::ConflictsDialog</name>
    <message>
        <source>Quedarse con lo &amp;nuestro</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tomar lo &amp;suyo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Conflictos del seguimiento combinado</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ítem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Semestre</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nuestro</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Suyo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Del grupo %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No quedan conflictos por resolver.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n conflicto(s): elija, en cada fila, qué valores conservar.</source>
        <translation><numerusform>%n conflicto: elija qué valores conservar.</numerusform><numerusform>%n conflictos: elija, en cada fila, qué valores conservar.</numerusform></translation>
    </message>
    <message>
        <source>No se resolvió el conflicto</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>vigia::app::DashboardView</name>
    <message>
        <source>T&amp;ema:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Dimensión:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Haga clic en una barra para ver sus metas.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Todas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Todos</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: el plan no tiene metas en esta selección.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 de %3 metas cumplidas (%4 %)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Metas por dimensión y estado — %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Metas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Avance por semestre</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cumplidas (%)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>En proceso o cumplidas en parte (%)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 — %2: %n meta(s)</source>
        <translation><numerusform>%1 — %2: %n meta</numerusform><numerusform>%1 — %2: %n metas</numerusform></translation>
    </message>
</context>
<context>
    <name>vigia::app::EvidenceUrlDialog</name>
    <message>
        <source>Añadir enlace de evidencia</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Dirección:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Consultada el:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Escriba una dirección web completa (http:// o https://).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>p. ej. Informe de gestión 2025</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Título:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Añadida &amp;por:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Escriba quién añade el enlace.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>vigia::app::ImportProgressDisplay</name>
    <message>
        <source>Importando…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Importando %1 de %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — página %2 de %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — reconocimiento de texto (OCR): página %2 de %3</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>vigia::app::ImportReportDialog</name>
    <message numerus="yes">
        <source>%n importado(s)</source>
        <translation><numerusform>%n importado</numerusform><numerusform>%n importados</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n ya estaba(n) en la biblioteca</source>
        <translation><numerusform>%n ya estaba en la biblioteca</numerusform><numerusform>%n ya estaban en la biblioteca</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n con error</source>
        <translation><numerusform>%n con error</numerusform><numerusform>%n con error</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n cancelado(s)</source>
        <translation><numerusform>%n cancelado</numerusform><numerusform>%n cancelados</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n aviso(s)</source>
        <translation><numerusform>%n aviso</numerusform><numerusform>%n avisos</numerusform></translation>
    </message>
    <message>
        <source>Resultado de la importación</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resultado</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Importado</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ya estaba en la biblioteca</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelado</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Aviso: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>tabla problema–objetivo–meta</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>tabla resumen del JNE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>tabla de Markdown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>tabla leída como texto corrido</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>propuestas numeradas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>fichas de propuestas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>secciones propias del plan, sin dimensiones</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Importado: %1 · %2 · %3 · %4</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n dimensión(es)</source>
        <translation><numerusform>%n dimensión</numerusform><numerusform>%n dimensiones</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n fila(s)</source>
        <translation><numerusform>%n fila</numerusform><numerusform>%n filas</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n ítem(s)</source>
        <translation><numerusform>%n ítem</numerusform><numerusform>%n ítems</numerusform></translation>
    </message>
    <message>
        <source>esquema de problemas, objetivos y metas</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n fila(s) por revisar: el lector dudó de ellas (Ver ▸ Filas por revisar).</source>
        <translation><numerusform>%n fila por revisar: el lector dudó de ella (Ver ▸ Filas por revisar).</numerusform><numerusform>%n filas por revisar: el lector dudó de ellas (Ver ▸ Filas por revisar).</numerusform></translation>
    </message>
    <message>
        <source>pág. %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>línea %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>y %n pasaje(s) más</source>
        <translation><numerusform>y %n pasaje más</numerusform><numerusform>y %n pasajes más</numerusform></translation>
    </message>
    <message>
        <source>menos del 1 %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 del texto no pasó al plan (%n pasaje(s)): una presentación, un diagnóstico o algo que el lector no reconoció.</source>
        <translation><numerusform>%1 del texto no pasó al plan (%n pasaje): una presentación, un diagnóstico o algo que el lector no reconoció.</numerusform><numerusform>%1 del texto no pasó al plan (%n pasajes): una presentación, un diagnóstico o algo que el lector no reconoció.</numerusform></translation>
    </message>
    <message>
        <source>«%1»</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>vigia::app::ImportSession</name>
    <message>
        <source>%1: no se importó, se necesita contraseña</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: no se pudo volver a importar</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>vigia::app::ItemDetailView</name>
    <message>
        <source>Detalle del ítem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Elija un problema, objetivo, indicador o meta en el plan para ver su texto completo y su origen.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;span style="color:%1"&gt;%2 %3&lt;/span&gt; · %4 ▸ fila %5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>página %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>línea %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>corregido a mano</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Origen: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Origen: %1, %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>La biblioteca no guarda una copia de %1; no se puede mostrar el original.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>El lector no registró dónde está este ítem en %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No se puede leer %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>La línea %1 no está en el original.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Alejar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Alejar la página</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tamaño de la página</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Acercar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Acercar la página</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ajustar al ancho</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ajustar la página al ancho del panel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tamaño real</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Página al 100 %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Medibilidad: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>leído por OCR, confianza %1 %</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>vigia::app::ItemEditActions</name>
    <message>
        <source>Cambiar el &amp;tipo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Convertir en %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Dividir el ítem en el cursor…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Unir con el siguiente</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Mover a…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Añadir ítem…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Eliminar ítem…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Eliminar ítem</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>No se puede eliminar «%1»: tiene %n registro(s) de avance, y el avance registrado nunca se borra. Cambie el texto o el tipo del ítem, o pase antes su avance a otro ítem.</source>
        <translation><numerusform>No se puede eliminar «%1»: tiene %n registro de avance, y el avance registrado nunca se borra. Cambie el texto o el tipo del ítem, o pase antes su avance a otro ítem.</numerusform><numerusform>No se puede eliminar «%1»: tiene %n registros de avance, y el avance registrado nunca se borra. Cambie el texto o el tipo del ítem, o pase antes su avance a otro ítem.</numerusform></translation>
    </message>
    <message>
        <source>¿Eliminar «%1» del plan? Puede deshacerlo con Editar ▸ Deshacer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Añadir ítem</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>vigia::app::ItemTextDialog</name>
    <message>
        <source>Corregir el texto del ítem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>El texto corregido queda guardado en la biblioteca y marcado como corregido a mano.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>vigia::app::LibraryPane</name>
    <message>
        <source>Filtrar planes por lugar, organización, periodo…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>En todas las columnas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>En «%1»</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Filtrar:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>vigia::app::LibraryTableModel</name>
    <message>
        <source>—</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1
Archivo: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lugar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Organización política</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Periodo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tipo de elección</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>vigia::app::MainWindow</name>
    <message>
        <source>Vigía</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Búsqueda</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Nueva biblioteca…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Abrir biblioteca…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Importar planes…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Cancelar importación</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quitar plan de la biblioteca…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Salir</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Copiar texto del ítem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No hay un ítem elegido para copiar.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Texto copiado.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Buscar…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Preferencias…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Expandir todo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Contraer todo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ir a la &amp;lista de planes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ir al &amp;plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Acerca de Vigía</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Archivo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bibliotecas &amp;recientes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Editar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Ver</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Panel de &amp;búsqueda</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A&amp;yuda</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Primera vez: importando los planes de ejemplo…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Importación en curso</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Espere a que termine la importación o cancélela antes de cambiar de biblioteca.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No se pudo abrir la biblioteca</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No se pudo abrir la biblioteca %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — Vigía</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ninguna biblioteca abierta</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 · %n plan(es)</source>
        <translation><numerusform>%1 · %n plan</numerusform><numerusform>%1 · %n planes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source> · %n ítem(s)</source>
        <translation><numerusform> · %n ítem</numerusform><numerusform> · %n ítems</numerusform></translation>
    </message>
    <message>
        <source>Nueva biblioteca</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bibliotecas de Vigía (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 ya existe. Ábrala con Archivo ▸ Abrir biblioteca o elija otro nombre.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Abrir biblioteca</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Importar planes de gobierno</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Planes de gobierno (*.pdf *.txt *.md *.markdown *.json);;Todos los archivos (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Importar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Abra o cree primero una biblioteca.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Importación terminada: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quitar plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>¿Quitar «%1» de la biblioteca? Esto no se puede deshacer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No se pudo quitar el plan.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Deshacer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Rehacer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Corregir el &amp;texto del ítem…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Elija primero un ítem del plan.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No se pudo guardar la corrección.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Seguimiento</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Biblioteca de solo lectura</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Los planes de esta biblioteca no se podrán corregir.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Corregir el plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;omparar planes…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Abra una biblioteca para comparar sus planes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copia de &amp;seguridad…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Abra una biblioteca para hacer su copia de seguridad.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copia de seguridad de la biblioteca</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copiando la biblioteca a %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copia de seguridad guardada en %1 (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copia de seguridad</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No se pudo guardar la copia de seguridad en %1.
%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No se pudo guardar la copia de seguridad.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Deshacer %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Rehacer %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>El plan %1 ya no está en la biblioteca: otro programa lo quitó.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No se pudo abrir el plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No se pudo leer el plan %1 de la biblioteca %2:
%3

¿Volver a abrir la biblioteca?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>La biblioteca cambió fuera de esta ventana; la lista está al día.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filas por revisar (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filas por revisar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filas por &amp;revisar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Biblioteca modificada fuera de Vigía</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>La biblioteca %1 fue modificada fuera de Vigía, así que se abrió solo para lectura: puede leer y exportar sus planes, pero no cambiarlos ni añadir otros.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (solo lectura: modificada fuera de Vigía) — Vigía</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>vigia::app::MeasurabilityMetasModel</name>
    <message>
        <source>todo el plan</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1: %n meta(s) de %2, %3</source>
        <translation><numerusform>%1: %n meta de %2, %3</numerusform><numerusform>%1: %n metas de %2, %3</numerusform></translation>
    </message>
    <message>
        <source>Dimensión</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Meta</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Por qué (cláusula de la rúbrica)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>vigia::app::MeasurabilityModel</name>
    <message>
        <source>Todo el plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 % (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dimensión</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Metas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pulse para ver estas metas y la cláusula que decidió cada una</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>vigia::app::MoveItemDialog</name>
    <message>
        <source>Mover el ítem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Mover</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Dimensión:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Fila:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Tipo:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fila %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>vigia::app::PasswordDialog</name>
    <message>
        <source>La contraseña de «%1» no es correcta. Escríbala de nuevo o cancele para no importar este archivo.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>«%1» está protegido con contraseña. Escriba la contraseña para importarlo.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF protegido con contraseña</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Importar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Contraseña:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>vigia::app::PlanDetailsActions</name>
    <message>
        <source>&amp;Datos del plan…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Corregir la organización política, el lugar, el tipo de elección, el periodo y la visión del plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Renombrar dimensión…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Unir dimensión con…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pasar las filas de esta dimensión a otra del mismo plan (una dimensión leída como dos)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>corregir los datos del plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Renombrar dimensión</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nuevo nombre de la dimensión:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>renombrar la dimensión %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unir dimensión</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pasar las filas de «%1» a la dimensión:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unir la dimensión %1 con %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>vigia::app::PlanDetailsDialog</name>
    <message>
        <source>Datos del plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>p. ej. 2027-2030</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Organización política:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Lugar:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Tipo de elección:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Periodo:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Visión:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Un campo en blanco quiere decir que el plan no lo indica. Puede deshacer la corrección con Ctrl+Z.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Escriba el periodo como dos años: 2027-2030.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>vigia::app::PlanTreeModel</name>
    <message numerus="yes">
        <source>Dimensión %1 (%n ítems)</source>
        <translation><numerusform>Dimensión %1 (%n ítem)</numerusform><numerusform>Dimensión %1 (%n ítems)</numerusform></translation>
    </message>
    <message>
        <source>Fila %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Propuesta</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tipo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>⚠ Por revisar: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>vigia::app::PlanView</name>
    <message>
        <source>no indicado</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lugar: %1 · Periodo: %2 · Elección: %3 · Archivo: %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;i&gt;El plan no enuncia una visión.&lt;/i&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;Visión:&lt;/b&gt; %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ningún plan abierto</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Elija un plan en la lista de arriba o impórtelo con Archivo ▸ Importar planes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>⚠ Al importar: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>⚠ &lt;a href="review"&gt;%n fila(s) por revisar&lt;/a&gt;: el importador pudo leerlas mal.</source>
        <translation><numerusform>⚠ &lt;a href="review"&gt;%n fila por revisar&lt;/a&gt;: el importador pudo leerla mal.</numerusform><numerusform>⚠ &lt;a href="review"&gt;%n filas por revisar&lt;/a&gt;: el importador pudo leerlas mal.</numerusform></translation>
    </message>
    <message>
        <source>Ver ▸ Filas por revisar (Ctrl+Mayús+R)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>vigia::app::PreferencesDialog</name>
    <message>
        <source>Preferencias</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Idioma:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>El idioma cambia al momento. Una ventana de seguimiento ya abierta lo hace al volver a abrirla.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>vigia::app::ProgressEditDialog</name>
    <message>
        <source>Avance en %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sin cifra</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Porcentaje de avance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Valor logrado frente a la meta</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Estado:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Medida:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Cifra:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Va&amp;lor meta:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Nota:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E&amp;valuador:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Fecha:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Meta según el texto: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>El texto no indica una cifra meta.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>0 a 100</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>la cifra del texto de la meta</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Escriba la cifra como un número.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>El porcentaje va de 0 a 100.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Escriba el valor meta como un número, o déjelo vacío.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Indique quién evalúa.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>vigia::app::RecordDetailPanel</name>
    <message>
        <source>&amp;Editar avance…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Añadir en&amp;lace…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Adjuntar a&amp;rchivo…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A&amp;brir</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evidencias:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Elija un objetivo o una meta de la tabla.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sin registro en %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 en %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>evaluó %1 el %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Añadida por %1 el %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>vigia::app::ReviewPanel</name>
    <message>
        <source>No se pudo marcar la fila</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>La biblioteca no guardó la marca de revisión.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Volver a la cola</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Marcar como revisada</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>La biblioteca es de solo lectura: las marcas no se pueden guardar.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Abra un plan para ver las filas que conviene revisar.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>El importador no dudó de ninguna fila de este plan.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No quedan filas por revisar.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 de %2 filas por revisar: el importador pudo leerlas mal. Doble clic o Intro para ir a la fila.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mostrar las &amp;revisadas</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>vigia::app::ReviewQueueModel</name>
    <message>
        <source>parece un título o una etiqueta, no una propuesta</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>parece un pedazo de otro ítem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>texto muy largo: quizá une varios ítems</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>fila incompleta: un solo tipo de ítem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 ▸ %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revisada</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Por revisar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fila</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Por qué</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Texto</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>leído por OCR con poca confianza: compárelo con la página</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>vigia::app::SavedFileBar</name>
    <message>
        <source>&amp;Abrir</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Mostrar en carpeta</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cerrar este aviso</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>vigia::app::SearchPanel</name>
    <message>
        <source>Buscar en los planes (sin importar tildes ni mayúsculas)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Todos los planes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Solo el plan abierto</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Todos los tipos</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Buscar:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Todas las dimensiones</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No hay un plan abierto.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sin resultados para «%1».</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Los %n primeros resultados; precise la búsqueda para ver otros.</source>
        <translation><numerusform>El primer resultado; precise la búsqueda para ver otros.</numerusform><numerusform>Los %n primeros resultados; precise la búsqueda para ver otros.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n resultado(s). Enter abre el resultado en su plan.</source>
        <translation><numerusform>%n resultado. Enter lo abre en su plan.</numerusform><numerusform>%n resultados. Enter abre el resultado en su plan.</numerusform></translation>
    </message>
</context>
<context>
    <name>vigia::app::SearchResultsModel</name>
    <message>
        <source>Texto</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tipo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dimensión</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>vigia::app::SemestersDialog</name>
    <message>
        <source>Semestres del seguimiento</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Semestres separados por comas, como 2023-S1 (enero–junio) y 2023-S2 (julio–diciembre):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>«%1» no es un semestre (escriba AAAA-S1 o AAAA-S2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Indique al menos un semestre.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>vigia::app::SideBySideModel</name>
    <message>
        <source>%1 — sin esta dimensión</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Temas: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Alineado con similitud %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dimensión</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 («%2»)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>vigia::app::SimilarItemsModel</name>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tipo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Similitud</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Texto</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>En común: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>vigia::app::SplitItemDialog</name>
    <message>
        <source>Dividir el ítem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Dividir aquí</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ponga el cursor donde empieza el segundo ítem. El texto anterior queda en este ítem; el resto pasa a un ítem nuevo del mismo tipo, justo después.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>vigia::app::TimelineModel</name>
    <message>
        <source>Registro</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evidencia</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Movido por reimportación</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Asociado a mano</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Combinado</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Conflicto resuelto</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cuándo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quién</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Semestre</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Acción</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Antes → después</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Detalle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pasó a la versión corregida del plan (similitud %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pasó a mano a este ítem desde otro de una versión anterior</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Se tomaron los valores de %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Se mantuvieron los valores propios frente a los de %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>De %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>vigia::app::TopicMatrixModel</name>
    <message numerus="yes">
        <source>%1: %n ítems</source>
        <translation><numerusform>%1: %n ítem</numerusform><numerusform>%1: %n ítems</numerusform></translation>
    </message>
    <message>
        <source>Sin tema</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>• %1 (asignado a mano)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>• %1 (palabra: «%2»)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>… y %n más</source>
        <translation><numerusform>… y %n más</numerusform><numerusform>… y %n más</numerusform></translation>
    </message>
</context>
<context>
    <name>vigia::app::TopicTaxonomyDialog</name>
    <message>
        <source>&amp;Renombrar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quitar tema…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Guardar palabras clave</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Temas de la biblioteca</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Temas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nombre del tema</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Una palabra o frase clave por línea</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Añadir tema</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Nombre:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Palabras &amp;clave:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Los cambios se guardan al momento y la comparación se recalcula.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No se pudo cambiar los temas: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quitar tema</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>¿Quitar el tema «%1»? Los ítems dejarán de tenerlo, también los asignados a mano.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>vigia::app::TrackingMenu</name>
    <message>
        <source>&amp;Seguimiento del plan…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Tablero de seguimiento…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No se abrió el seguimiento</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>vigia::app::TrackingTableModel</name>
    <message>
        <source>Tipo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Texto</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Estado</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Avance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nota</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evidencias</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evaluador</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fecha</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 ▸ %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 ▸ fila %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Problema: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Objetivo: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Indicador: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dimensión ▸ fila</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Objetivo al que sirve</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>vigia::app::TrackingWindow</name>
    <message>
        <source>Seguimiento — Vigía</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evidencias</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Editar avance…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Historial del ítem:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Registros</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Tablero</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Semestre:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Semestres…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Seguimiento</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Añadir en&amp;lace de evidencia…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Adjuntar a&amp;rchivo de evidencia…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A&amp;brir evidencia</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Semestres…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Importar versión corregida…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E&amp;xportar seguimiento…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Combinar seguimiento de otro grupo…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;onflictos…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Generar informe…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Cerrar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No existe el plan %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Seguimiento: %1 — Vigía</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>El plan no indica su periodo: indique los semestres del seguimiento (Semestres…).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No se cambiaron los semestres</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No se guardó el avance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Avance guardado.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No se añadió la evidencia</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Adjuntar archivo de evidencia</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Todos los archivos (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No se adjuntó el archivo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No se abrió la evidencia</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No hay una carpeta temporal donde escribirla.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Seguimiento</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Importar versión corregida</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Planes (*.pdf *.txt *.md *.json);;Todos los archivos (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Importando la versión corregida…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Nueva versión importada: %n registro(s) pasaron a la nueva versión</source>
        <translation><numerusform>Nueva versión importada: %n registro pasó a la nueva versión</numerusform><numerusform>Nueva versión importada: %n registros pasaron a la nueva versión</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n sin ítem correspondiente.</source>
        <translation><numerusform>%n sin ítem correspondiente.</numerusform><numerusform>%n sin ítem correspondiente.</numerusform></translation>
    </message>
    <message>
        <source>Exportar seguimiento</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Seguimiento de Vigía (*.json)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exportando el seguimiento…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Seguimiento exportado</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Combinar seguimiento de otro grupo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Seguimiento de Vigía (*.json);;Todos los archivos (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Combinando el seguimiento…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>El archivo de %1 no trae nada nuevo.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Combinado el seguimiento de %1: %2 registro(s) nuevo(s), %3 evidencia(s), %4 conflicto(s), %5 sin ítem.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Generar informe de %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF (*.pdf);;HTML (*.html)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Generando el informe…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Informe generado</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>vigia::app::UnmatchedRecordsDialog</name>
    <message>
        <source>&amp;Asociar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Registros sin ítem en la nueva versión</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ítem de la versión anterior</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Semestre</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Estado</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ítem de la &amp;nueva versión:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Todos los registros tienen un ítem en la nueva versión.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n registro(s) no encontraron su ítem en la nueva versión. Siguen guardados en la versión anterior; elija a qué ítem nuevo corresponde cada uno.</source>
        <translation><numerusform>%n registro no encontró su ítem en la nueva versión. Sigue guardado en la versión anterior; elija a qué ítem nuevo corresponde.</numerusform><numerusform>%n registros no encontraron su ítem en la nueva versión. Siguen guardados en la versión anterior; elija a qué ítem nuevo corresponde cada uno.</numerusform></translation>
    </message>
    <message>
        <source>No se asoció el registro</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>vigia::app::WelcomeDialog</name>
    <message>
        <source>Leer un plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Comparar planes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hacer seguimiento</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Le damos la bienvenida a Vigía</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;h2&gt;Le damos la bienvenida a Vigía&lt;/h2&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Vigía lee los planes de gobierno que los candidatos presentan al JNE y los ordena por dimensión: problemas, objetivos, indicadores y metas. Con él puede leer y buscar en un plan, poner planes lado a lado y registrar cada semestre el avance de las metas de la autoridad elegida.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>La biblioteca de ejemplo tiene %n plan(es):</source>
        <translation><numerusform>La biblioteca de ejemplo tiene %n plan:</numerusform><numerusform>La biblioteca de ejemplo tiene %n planes:</numerusform></translation>
    </message>
    <message>
        <source>Elija un plan en la lista y recórralo por dimensión; busque un tema con Ctrl+F.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ponga de dos a cuatro planes lado a lado: en qué coinciden, en qué difieren, de qué no hablan y qué tan medibles son sus metas.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Registre cada semestre el avance de cada meta, con evidencias, y publique el informe.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ver el informe de importación</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>