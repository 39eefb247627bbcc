#!/usr/bin/env python3
"""Fills resources/translations/*.ts from the tables below after `lupdate` has refreshed them.

The UI is written in Spanish (es_PE). vigia_en.ts carries the English translation; vigia_es.ts
only carries the Spanish plural forms of the messages counted with %n, and the Spanish of the core's
messages (SPANISH_OF_CORE), which are written in English for the CLI. Messages with no entry
here stay unfinished, and Qt shows the Spanish source text for them.
Usage: scripts/fill-translations.py  (after `cmake --build --preset dev --target vigia_app_lupdate`)
"""
import pathlib
import xml.etree.ElementTree as ET

ROOT = pathlib.Path(__file__).resolve().parent.parent / "resources" / "translations"

ENGLISH = {
    "Problema": "Problem", "Objetivo": "Objective", "Indicador": "Indicator", "Meta": "Target",
    "Problemas": "Problems", "Objetivos": "Objectives", "Indicadores": "Indicators", "Metas": "Targets",
    "No se puede abrir el PDF %1.": "Cannot open the PDF %1.",
    "El PDF %1 no tiene la página %2.": "The PDF %1 has no page %2.",
    "No se pudo dibujar la página %1 de %2.": "Could not render page %1 of %2.",
    "Qt %1 · Poppler %2 · SQLite %3 · ICU %4": "Qt %1 · Poppler %2 · SQLite %3 · ICU %4",
    "Acerca de Vigía": "About Vigía",
    "<h2>Vigía %1</h2><p>Leer, comparar y vigilar los planes de gobierno que los candidatos presentan al Jurado Nacional de Elecciones.</p><p>%2</p>":
        "<h2>Vigía %1</h2><p>Read, compare and watch over the government plans that candidates file with Peru's National Elections Jury.</p><p>%2</p>",
    "%n importado(s)": ("%n imported", "%n imported"),
    "%n dimensión(es)": ("%n dimension", "%n dimensions"),
    "%n fila(s)": ("%n row", "%n rows"),
    "%n ítem(s)": ("%n item", "%n items"),
    "%n ya estaba(n) en la biblioteca": ("%n already in the library", "%n already in the library"),
    "%n con error": ("%n failed", "%n failed"),
    "%n cancelado(s)": ("%n cancelled", "%n cancelled"),
    "%n aviso(s)": ("%n warning", "%n warnings"),
    "Resultado de la importación": "Import result", "Archivo": "File", "Resultado": "Result",
    "Importado": "Imported", "Ya estaba en la biblioteca": "Already in the library", "Error: %1": "Error: %1",
    "Cancelado": "Cancelled", "Aviso: %1": "Warning: %1",
    "Detalle del ítem": "Item detail",
    "Elija un problema, objetivo, indicador o meta en el plan para ver su texto completo y su origen.":
        "Choose a problem, objective, indicator or target in the plan to see its full text and where it came from.",
    '<span style="color:%1">%2 %3</span> · %4 ▸ fila %5': '<span style="color:%1">%2 %3</span> · %4 ▸ row %5',
    "página %1": "page %1", "línea %1": "line %1", "corregido a mano": "corrected by hand",
    "Origen: %1": "Source: %1", "Origen: %1, %2": "Source: %1, %2",
    "La biblioteca no guarda una copia de %1; no se puede mostrar el original.":
        "The library keeps no copy of %1; the original cannot be shown.",
    "El lector no registró dónde está este ítem en %1.": "The reader did not record where this item is in %1.",
    "No se puede leer %1: %2": "Cannot read %1: %2",
    "La línea %1 no está en el original.": "Line %1 is not in the original.",
    "Filtrar planes por lugar, organización, periodo…": "Filter plans by place, organization, period…",
    "En todas las columnas": "In every column", "En «%1»": "In “%1”", "&Filtrar:": "&Filter:",
    "—": "—", "%1\nArchivo: %2": "%1\nFile: %2", "Lugar": "Place", "Organización política": "Political organization",
    "Periodo": "Period", "Tipo de elección": "Election type", "Total": "Total",
    "El plan %1 ya no está en la biblioteca: otro programa lo quitó.": "Plan %1 is no longer in the library: another program removed it.",
    "No se pudo abrir el plan": "Could not open the plan",
    "No se pudo leer el plan %1 de la biblioteca %2:\n%3\n\n¿Volver a abrir la biblioteca?":
        "Could not read plan %1 from the library %2:\n%3\n\nOpen the library again?",
    "La biblioteca cambió fuera de esta ventana; la lista está al día.": "The library changed outside this window; the list is up to date.",
    "Vigía": "Vigía", "Búsqueda": "Search", "Importando %1 de %2: %3": "Importing %1 of %2: %3",
    "&Nueva biblioteca…": "&New library…", "&Abrir biblioteca…": "&Open library…",
    "&Importar planes…": "&Import plans…", "&Cancelar importación": "&Cancel import",
    "&Quitar plan de la biblioteca…": "&Remove plan from the library…", "&Salir": "&Quit",
    "&Copiar texto del ítem": "&Copy item text", "No hay un ítem elegido para copiar.": "No item chosen to copy.",
    "Texto copiado.": "Text copied.", "&Buscar…": "&Find…", "&Preferencias…": "&Preferences…",
    "&Expandir todo": "&Expand all", "&Contraer todo": "C&ollapse all",
    "Ir a la &lista de planes": "Go to the plan &list", "Ir al &plan": "Go to the &plan",
    "&Acerca de Vigía": "&About Vigía", "Acerca de &Qt": "About &Qt", "&Archivo": "&File",
    "Bibliotecas &recientes": "&Recent libraries", "&Editar": "&Edit", "&Ver": "&View",
    "Panel de &búsqueda": "&Search panel", "A&yuda": "&Help",
    "Primera vez: importando los planes de ejemplo…": "First run: importing the sample plans…",
    "Importación en curso": "Import in progress",
    "Espere a que termine la importación o cancélela antes de cambiar de biblioteca.":
        "Wait for the import to finish, or cancel it, before changing library.",
    "No se pudo abrir la biblioteca": "Could not open the library",
    "No se pudo abrir la biblioteca %1.": "Could not open the library %1.",
    "%1 — Vigía": "%1 — Vigía", "Ninguna biblioteca abierta": "No library open",
    "%1 · %n plan(es)": ("%1 · %n plan", "%1 · %n plans"),
    " · %n ítem(s)": (" · %n item", " · %n items"),
    "Nueva biblioteca": "New library", "Bibliotecas de Vigía (%1)": "Vigía libraries (%1)",
    "%1 ya existe. Ábrala con Archivo ▸ Abrir biblioteca o elija otro nombre.":
        "%1 already exists. Open it with File ▸ Open library or choose another name.",
    "Abrir biblioteca": "Open library", "Importar planes de gobierno": "Import government plans",
    "Planes de gobierno (*.pdf *.txt *.md *.markdown *.json);;Todos los archivos (*)":
        "Government plans (*.pdf *.txt *.md *.markdown *.json);;All files (*)",
    "Importar": "Import", "Abra o cree primero una biblioteca.": "Open or create a library first.",
    "Importando…": "Importing…", "Importación terminada: %1": "Import finished: %1",
    "Quitar plan": "Remove plan",
    "¿Quitar «%1» de la biblioteca? Esto no se puede deshacer.": "Remove “%1” from the library? This cannot be undone.",
    "No se pudo quitar el plan.": "Could not remove the plan.",
    "Dimensión %1 (%n ítems)": ("%1 dimension (%n item)", "%1 dimension (%n items)"),
    "Fila %1": "Row %1", "Propuesta": "Proposal", "Tipo": "Kind",
    "no indicado": "not stated",
    "Lugar: %1 · Periodo: %2 · Elección: %3 · Archivo: %4": "Place: %1 · Period: %2 · Election: %3 · File: %4",
    "<i>El plan no enuncia una visión.</i>": "<i>The plan states no vision.</i>",
    "<b>Visión:</b> %1": "<b>Vision:</b> %1", "Ningún plan abierto": "No plan open",
    "Elija un plan en la lista de arriba o impórtelo con Archivo ▸ Importar planes.":
        "Choose a plan in the list above, or import one with File ▸ Import plans.",
    "Preferencias": "Preferences",
    "El cambio de idioma se aplica la próxima vez que se abre Vigía.": "The new language applies the next time Vigía starts.",
    "&Idioma:": "&Language:",
    "Buscar en los planes (sin importar tildes ni mayúsculas)…": "Search the plans (accents and case ignored)…",
    "Todos los planes": "Every plan", "Solo el plan abierto": "Only the open plan", "Todos los tipos": "Every kind",
    "&Buscar:": "&Search:", "Todas las dimensiones": "Every dimension", "No hay un plan abierto.": "No plan is open.",
    "Sin resultados para «%1».": "No results for “%1”.",
    "Los %n primeros resultados; precise la búsqueda para ver otros.":
        ("The first result only; narrow the search to see others.", "The first %n results; narrow the search to see others."),
    "%n resultado(s). Enter abre el resultado en su plan.":
        ("%n result. Enter opens it in its plan.", "%n results. Enter opens a result in its plan."),
    "Texto": "Text", "Dimensión": "Dimension", "Plan": "Plan",
    "&Deshacer": "&Undo", "&Rehacer": "&Redo", "Corregir el &texto del ítem…": "Correct the item &text…",
    "Elija primero un ítem del plan.": "Choose an item of the plan first.",
    "No se pudo guardar la corrección.": "Could not save the correction.",
    "corregir el texto de un ítem": "correct the text of an item",
    "Corregir el texto del ítem": "Correct the item text",
    "⚠ Al importar: %1": "⚠ On import: %1",
    "El texto corregido queda guardado en la biblioteca y marcado como corregido a mano.":
        "The corrected text is saved in the library and marked as corrected by hand.",
    # Six-monthly progress tracking (src/app/tracking/).
    "&Seguimiento": "&Tracking", "&Seguimiento del plan…": "Plan &tracking…",
    "&Tablero de seguimiento…": "Tracking &dashboard…", "No se abrió el seguimiento": "Tracking was not opened",
    "Seguimiento — Vigía": "Tracking — Vigía", "Seguimiento: %1 — Vigía": "Tracking: %1 — Vigía", "Seguimiento": "Tracking",
    "Dimensión": "Dimension", "Tipo": "Kind", "Texto": "Text", "Estado": "Status", "Avance": "Progress", "Nota": "Note",
    "Evidencias": "Evidence", "Evaluador": "Evaluator", "Fecha": "Date", "Evidencias:": "Evidence:",
    "&Editar avance…": "&Edit progress…", "Añadir en&lace…": "Add &link…", "Adjuntar a&rchivo…": "Attach &file…",
    "A&brir": "&Open", "Historial del ítem:": "Item history:", "&Registros": "&Records", "&Tablero": "&Dashboard",
    "&Semestre:": "&Semester:", "Semestres…": "Semesters…", "%1: %2": "%1: %2",
    "Añadir en&lace de evidencia…": "Add evidence &link…", "Adjuntar a&rchivo de evidencia…": "Attach evidence &file…",
    "A&brir evidencia": "&Open evidence", "&Semestres…": "&Semesters…",
    "&Importar versión corregida…": "&Import corrected version…", "E&xportar seguimiento…": "E&xport tracking…",
    "&Combinar seguimiento de otro grupo…": "&Merge another group's tracking…", "C&onflictos…": "C&onflicts…",
    "&Generar informe…": "&Generate report…", "&Cerrar": "&Close", "No existe el plan %1.": "There is no plan %1.",
    "El plan no indica su periodo: indique los semestres del seguimiento (Semestres…).":
        "The plan states no period: give the semesters to track (Semesters…).",
    "No se cambiaron los semestres": "The semesters were not changed",
    "Elija un objetivo o una meta de la tabla.": "Choose an objective or a target in the table.",
    "%1 en %2": "%1 in %2", "evaluó %1 el %2": "assessed by %1 on %2",
    "Enlace: %1 (consultado el %2)": "Link: %1 (consulted on %2)", "Archivo: %1 (%2)": "File: %1 (%2)",
    "Añadida por %1": "Added by %1", "Sin registro en %1.": "No record in %1.",
    "No se guardó el avance": "The progress was not saved", "Avance guardado.": "Progress saved.",
    "No se añadió la evidencia": "The evidence was not added", "Adjuntar archivo de evidencia": "Attach evidence file",
    "Todos los archivos (*)": "All files (*)", "No se adjuntó el archivo": "The file was not attached",
    "No se abrió la evidencia": "The evidence was not opened",
    "No hay una carpeta temporal donde escribirla.": "There is no temporary folder to write it to.",
    "Importar versión corregida": "Import corrected version",
    "Planes (*.pdf *.txt *.md *.json);;Todos los archivos (*)": "Plans (*.pdf *.txt *.md *.json);;All files (*)",
    "Importando la versión corregida…": "Importing the corrected version…",
    "Nueva versión importada: %n registro(s) pasaron a la nueva versión":
        ("New version imported: %n record moved to the new version", "New version imported: %n records moved to the new version"),
    "%n sin ítem correspondiente.": ("%n without a matching item.", "%n without a matching item."),
    "Exportar seguimiento": "Export tracking", "Seguimiento de Vigía (*.json)": "Vigía tracking (*.json)",
    "Exportando el seguimiento…": "Exporting the tracking…", "Seguimiento exportado": "Tracking exported",
    "Combinar seguimiento de otro grupo": "Merge another group's tracking",
    "Seguimiento de Vigía (*.json);;Todos los archivos (*)": "Vigía tracking (*.json);;All files (*)",
    "Combinando el seguimiento…": "Merging the tracking…", "El archivo de %1 no trae nada nuevo.": "The file of %1 brings nothing new.",
    "Combinado el seguimiento de %1: %2 registro(s) nuevo(s), %3 evidencia(s), %4 conflicto(s), %5 sin ítem.":
        "Merged the tracking of %1: %2 new record(s), %3 evidence item(s), %4 conflict(s), %5 without an item.",
    "Generar informe de %1": "Generate the report of %1", "PDF (*.pdf);;HTML (*.html)": "PDF (*.pdf);;HTML (*.html)",
    "Generando el informe…": "Generating the report…", "Informe generado": "Report generated",
    "Quedarse con lo &nuestro": "Keep &ours", "Tomar lo &suyo": "Take &theirs",
    "Conflictos del seguimiento combinado": "Conflicts of the merged tracking", "Ítem": "Item", "Semestre": "Semester",
    "Nuestro": "Ours", "Suyo": "Theirs", "Del grupo %1": "From group %1",
    "No quedan conflictos por resolver.": "No conflicts left to resolve.",
    "%n conflicto(s): elija, en cada fila, qué valores conservar.":
        ("%n conflict: choose which values to keep.", "%n conflicts: choose, in each row, which values to keep."),
    "No se resolvió el conflicto": "The conflict was not resolved",
    "T&ema:": "T&opic:", "&Dimensión:": "&Dimension:", "Haga clic en una barra para ver sus metas.": "Click a bar to see its targets.",
    "Todas": "All", "Todos": "All", "%1: el plan no tiene metas en esta selección.": "%1: the plan has no targets in this selection.",
    "%1: %2 de %3 metas cumplidas (%4 %)": "%1: %2 of %3 targets met (%4 %)",
    "Metas por dimensión y estado — %1": "Targets per dimension and status — %1", "Avance por semestre": "Progress per semester",
    "Cumplidas (%)": "Met (%)", "En proceso o cumplidas en parte (%)": "In progress or partly met (%)",
    "%1 — %2: %n meta(s)": ("%1 — %2: %n target", "%1 — %2: %n targets"),
    "Añadir enlace de evidencia": "Add evidence link", "&Dirección:": "&Address:", "&Consultada el:": "&Consulted on:",
    "Escriba una dirección web completa (http:// o https://).": "Write a complete web address (http:// or https://).",
    "Avance en %1": "Progress in %1", "Sin cifra": "No figure", "Porcentaje de avance": "Percentage of progress",
    "Valor logrado frente a la meta": "Value achieved against the target", "&Estado:": "&Status:", "&Medida:": "&Measure:",
    "&Cifra:": "&Figure:", "Va&lor meta:": "Target va&lue:", "&Nota:": "&Note:", "E&valuador:": "E&valuator:", "&Fecha:": "&Date:",
    "Meta según el texto: %1": "Target according to the text: %1", "El texto no indica una cifra meta.": "The text states no target figure.",
    "0 a 100": "0 to 100", "la cifra del texto de la meta": "the figure in the target's text",
    "Escriba la cifra como un número.": "Write the figure as a number.", "El porcentaje va de 0 a 100.": "The percentage goes from 0 to 100.",
    "Escriba el valor meta como un número, o déjelo vacío.": "Write the target value as a number, or leave it empty.",
    "Indique quién evalúa.": "Say who assesses.", "Semestres del seguimiento": "Tracking semesters",
    "Semestres separados por comas, como 2023-S1 (enero–junio) y 2023-S2 (julio–diciembre):":
        "Semesters separated by commas, such as 2023-S1 (January–June) and 2023-S2 (July–December):",
    "«%1» no es un semestre (escriba AAAA-S1 o AAAA-S2).": "“%1” is not a semester (write YYYY-S1 or YYYY-S2).",
    "Indique al menos un semestre.": "Give at least one semester.",
    "Registro": "Record", "Evidencia": "Evidence", "Movido por reimportación": "Moved by a re-import",
    "Asociado a mano": "Attached by hand", "Combinado": "Merged", "Conflicto resuelto": "Conflict resolved", "%1 (%2)": "%1 (%2)",
    "Cuándo": "When", "Quién": "Who", "Acción": "Action", "Antes → después": "Before → after", "Detalle": "Detail",
    "&Asociar": "&Attach", "Registros sin ítem en la nueva versión": "Records without an item in the new version",
    "Ítem de la versión anterior": "Item of the previous version", "Ítem de la &nueva versión:": "Item of the &new version:",
    "Todos los registros tienen un ítem en la nueva versión.": "Every record has an item in the new version.",
    "%n registro(s) no encontraron su ítem en la nueva versión. Siguen guardados en la versión anterior; elija a qué ítem nuevo corresponde cada uno.":
        ("%n record found no item in the new version. It stays on the previous version; choose the new item it belongs to.",
         "%n records found no item in the new version. They stay on the previous version; choose the new item each belongs to."),
    "No se asoció el registro": "The record was not attached",
    "Sin información": "No information", "No iniciada": "Not started", "En proceso": "In progress",
    "Cumplida parcialmente": "Partially met", "Cumplida": "Met", "Incumplida": "Not met", "No verificable": "Not verifiable",
    # Reviewing and correcting a plan
    "Biblioteca de solo lectura": "Read-only library",
    "Los planes de esta biblioteca no se podrán corregir.": "The plans of this library cannot be corrected.",
    "Cambiar el &tipo": "Change the &kind", "Convertir en %1": "Convert to %1",
    "&Dividir el ítem en el cursor…": "&Split the item at the cursor…",
    "&Unir con el siguiente": "&Merge with the next one", "&Mover a…": "Mo&ve to…",
    "&Añadir ítem…": "&Add item…", "&Eliminar ítem…": "&Delete item…",
    "Corregir el plan": "Correct the plan", "Eliminar ítem": "Delete item", "Añadir ítem": "Add item",
    "No se puede eliminar «%1»: tiene %n registro(s) de avance, y el avance registrado nunca se borra. "
    "Cambie el texto o el tipo del ítem, o pase antes su avance a otro ítem.": (
        "Cannot delete “%1”: it has %n progress record, and recorded progress is never deleted. "
        "Change the item's text or kind, or move its progress to another item first.",
        "Cannot delete “%1”: it has %n progress records, and recorded progress is never deleted. "
        "Change the item's text or kind, or move its progress to another item first."),
    "¿Eliminar «%1» del plan? Puede deshacerlo con Editar ▸ Deshacer.":
        "Delete “%1” from the plan? You can undo it with Edit ▸ Undo.",
    "Dividir el ítem": "Split the item", "&Dividir aquí": "&Split here",
    "Ponga el cursor donde empieza el segundo ítem. El texto anterior queda en este ítem; "
    "el resto pasa a un ítem nuevo del mismo tipo, justo después.":
        "Put the cursor where the second item begins. The text before it stays in this item; "
        "the rest goes to a new item of the same kind, right after it.",
    "Mover el ítem": "Move the item", "&Mover": "&Move", "&Dimensión:": "&Dimension:", "&Fila:": "&Row:",
    "&Tipo:": "&Kind:",
    "cambiar el tipo de un ítem": "change the kind of an item", "dividir un ítem": "split an item",
    "unir un ítem con el siguiente": "merge an item with the next one", "mover un ítem": "move an item",
    "eliminar un ítem": "delete an item", "añadir un ítem": "add an item",
}

SPANISH_PLURALS = {
    "%n importado(s)": ("%n importado", "%n importados"),
    "%n dimensión(es)": ("%n dimensión", "%n dimensiones"),
    "%n fila(s)": ("%n fila", "%n filas"),
    "%n ítem(s)": ("%n ítem", "%n ítems"),
    "%n ya estaba(n) en la biblioteca": ("%n ya estaba en la biblioteca", "%n ya estaban en la biblioteca"),
    "%n con error": ("%n con error", "%n con error"),
    "%n cancelado(s)": ("%n cancelado", "%n cancelados"),
    "%n aviso(s)": ("%n aviso", "%n avisos"),
    "%1 · %n plan(es)": ("%1 · %n plan", "%1 · %n planes"),
    " · %n ítem(s)": (" · %n ítem", " · %n ítems"),
    "No se puede eliminar «%1»: tiene %n registro(s) de avance, y el avance registrado nunca se borra. "
    "Cambie el texto o el tipo del ítem, o pase antes su avance a otro ítem.": (
        "No se puede eliminar «%1»: tiene %n registro de avance, y el avance registrado nunca se borra. "
        "Cambie el texto o el tipo del ítem, o pase antes su avance a otro ítem.",
        "No se puede eliminar «%1»: tiene %n registros de avance, y el avance registrado nunca se borra. "
        "Cambie el texto o el tipo del ítem, o pase antes su avance a otro ítem."),
    "Dimensión %1 (%n ítems)": ("Dimensión %1 (%n ítem)", "Dimensión %1 (%n ítems)"),
    "Los %n primeros resultados; precise la búsqueda para ver otros.":
        ("El primer resultado; precise la búsqueda para ver otros.", "Los %n primeros resultados; precise la búsqueda para ver otros."),
    "%n resultado(s). Enter abre el resultado en su plan.":
        ("%n resultado. Enter lo abre en su plan.", "%n resultados. Enter abre el resultado en su plan."),
    "Nueva versión importada: %n registro(s) pasaron a la nueva versión":
        ("Nueva versión importada: %n registro pasó a la nueva versión", "Nueva versión importada: %n registros pasaron a la nueva versión"),
    "%n sin ítem correspondiente.": ("%n sin ítem correspondiente.", "%n sin ítem correspondiente."),
    "%n conflicto(s): elija, en cada fila, qué valores conservar.":
        ("%n conflicto: elija qué valores conservar.", "%n conflictos: elija, en cada fila, qué valores conservar."),
    "%1 — %2: %n meta(s)": ("%1 — %2: %n meta", "%1 — %2: %n metas"),
    "%n registro(s) no encontraron su ítem en la nueva versión. Siguen guardados en la versión anterior; elija a qué ítem nuevo corresponde cada uno.":
        ("%n registro no encontró su ítem en la nueva versión. Sigue guardado en la versión anterior; elija a qué ítem nuevo corresponde.",
         "%n registros no encontraron su ítem en la nueva versión. Siguen guardados en la versión anterior; elija a qué ítem nuevo corresponde cada uno."),
}

# The compare view (src/app/compare/).
ENGLISH.update({
    "— sin propuesta —": "— no proposal —", "Medible": "Measurable", "Parcialmente medible": "Partly measurable",
    "No medible": "Not measurable", " — cantidad: %1": " — quantity: %1", " (%1)": " (%1)",
    " — sin cantidad": " — no quantity", ", plazo: %1": ", deadline: %1",
    "Comparar planes — Vigía": "Compare plans — Vigía", "No se pudo abrir la biblioteca: %1": "Could not open the library: %1",
    "Planes a comparar": "Plans to compare", "Marque de 2 a 4 planes": "Check 2 to 4 plans",
    "Umbral de similitud": "Similarity threshold",
    "Similitud mínima para alinear dos ítems y para mostrarlos como propuestas similares":
        "Lowest similarity for two items to be aligned and shown as similar proposals",
    "Editar &temas…": "Edit to&pics…", "Exportar &CSV…": "Export &CSV…", "Exportar &HTML…": "Export &HTML…",
    "&Umbral de similitud:": "Similarity &threshold:", "Planes lado a lado": "Plans side by side",
    "Elija un ítem para ver sus propuestas similares en los otros planes.":
        "Choose an item to see its similar proposals in the other plans.",
    "Propuestas similares": "Similar proposals", "Temas del ítem": "Topics of the item", "Matriz de temas": "Topic matrix",
    "Gráfico de temas": "Topic chart", "Medibilidad de las metas": "Measurability of the targets",
    "Gráfico de medibilidad": "Measurability chart", "&Lado a lado": "&Side by side", "T&emas": "T&opics",
    "&Medibilidad": "&Measurability", "Planes (de 2 a 4)": "Plans (2 to 4)",
    "Marque de %1 a %2 planes para compararlos (hay %3 marcados).": "Check %1 to %2 plans to compare them (%3 checked).",
    "Comparando…": "Comparing…", "No se pudo comparar los planes: %1": "Could not compare the plans: %1",
    "%n planes comparados: %1 ítems, %2 pares de propuestas similares, %3 metas.":
        ("%n plans compared: %1 items, %2 pairs of similar proposals, %3 targets.",
         "%n plans compared: %1 items, %2 pairs of similar proposals, %3 targets."),
    "%1 de %2: «%3» — %n propuestas similares con similitud de al menos %4.":
        ("%1 of %2: “%3” — %n similar proposal with a similarity of at least %4.",
         "%1 of %2: “%3” — %n similar proposals with a similarity of at least %4."),
    "Temas": "Topics", "No se pudo cambiar el tema del ítem: %1": "Could not change the item's topic: %1",
    "Ítems por tema": "Items per topic",
    "Medibilidad de las metas (% de las metas de cada plan)": "Measurability of the targets (% of each plan's targets)",
    "Exportar la comparación como CSV": "Export the comparison as CSV", "Tablas CSV (*.csv)": "CSV tables (*.csv)",
    "Exportar la comparación como HTML": "Export the comparison as HTML", "Páginas HTML (*.html *.htm)": "HTML pages (*.html *.htm)",
    "Exportar": "Export", "%1 ya existe. ¿Reemplazarlo?": "%1 already exists. Replace it?",
    "No se pudo escribir %1: %2": "Could not write %1: %2", "Comparación exportada a %1.": "Comparison exported to %1.",
    "C&omparar planes…": "Co&mpare plans…", "Abra una biblioteca para comparar sus planes.": "Open a library to compare its plans.",
    "Todo el plan": "Whole plan", "%1 % (%2)": "%1 % (%2)", "%1 — sin esta dimensión": "%1 — no such dimension",
    "Temas: %1": "Topics: %1", "Alineado con similitud %1": "Aligned with similarity %1", "%1 · %2": "%1 · %2",
    "Similitud": "Similarity", "%1: %n ítems": ("%1: %n item", "%1: %n items"), "Sin tema": "No topic",
    "&Renombrar": "&Rename", "&Quitar tema…": "Re&move topic…", "&Guardar palabras clave": "&Save keywords",
    "Temas de la biblioteca": "Topics of the library", "Nombre del tema": "Topic name",
    "Una palabra o frase clave por línea": "One keyword or phrase per line", "&Añadir tema": "&Add topic",
    "&Nombre:": "&Name:", "Palabras &clave:": "&Keywords:",
    "Los cambios se guardan al momento y la comparación se recalcula.":
        "Changes are saved at once and the comparison is recomputed.",
    "No se pudo cambiar los temas: %1": "Could not change the topics: %1", "Quitar tema": "Remove topic",
    "¿Quitar el tema «%1»? Los ítems dejarán de tenerlo, también los asignados a mano.":
        "Remove the topic “%1”? Items will no longer have it, including those given it by hand.",
})
SPANISH_PLURALS.update({
    "%n planes comparados: %1 ítems, %2 pares de propuestas similares, %3 metas.":
        ("%n plan comparado: %1 ítems, %2 pares de propuestas similares, %3 metas.",
         "%n planes comparados: %1 ítems, %2 pares de propuestas similares, %3 metas."),
    "%1 de %2: «%3» — %n propuestas similares con similitud de al menos %4.":
        ("%1 de %2: «%3» — %n propuesta similar con similitud de al menos %4.",
         "%1 de %2: «%3» — %n propuestas similares con similitud de al menos %4."),
    "%1: %n ítems": ("%1: %n ítem", "%1: %n ítems"),
})

# The reading side of the main window: page zoom in the item detail, row labels, backup.
ENGLISH.update({
    "Alejar": "Zoom out", "Alejar la página": "Zoom out of the page", "Acercar": "Zoom in",
    "Acercar la página": "Zoom in on the page", "Tamaño de la página": "Page size",
    "Ajustar al ancho": "Fit width", "Ajustar la página al ancho del panel": "Fit the page to the pane's width",
    "Tamaño real": "Actual size", "Página al 100 %": "Page at 100 %", "%1 %": "%1 %", "%1…": "%1…",
    "%1 (%2)": "%1 (%2)", "%1: %2": "%1: %2",
    "Copia de &seguridad…": "&Back up…",
    "Abra una biblioteca para hacer su copia de seguridad.": "Open a library to back it up.",
    "Copia de seguridad de la biblioteca": "Back up the library",
    "Copiando la biblioteca a %1…": "Copying the library to %1…",
    "Copia de seguridad guardada en %1 (%2).": "Backup saved to %1 (%2).",
    "Copia de seguridad": "Backup",
    "No se pudo guardar la copia de seguridad en %1.\n%2": "Could not save the backup to %1.\n%2",
    "No se pudo guardar la copia de seguridad.": "Could not save the backup.",
})


# The import flow: passwords of encrypted PDFs (src/app/ImportSession, PasswordDialog).
ENGLISH.update({
    "La contraseña de «%1» no es correcta. Escríbala de nuevo o cancele para no importar este archivo.":
        "The password of “%1” is wrong. Type it again, or cancel not to import this file.",
    "«%1» está protegido con contraseña. Escriba la contraseña para importarlo.":
        "“%1” is protected by a password. Type the password to import it.",
    "PDF protegido con contraseña": "Password-protected PDF", "&Importar": "&Import", "&Contraseña:": "&Password:",
    "%1: no se importó, se necesita contraseña": "%1: not imported, a password is needed",
    "%1: no se pudo volver a importar": "%1: could not be imported again",
})

# The language changed at once (Preferences; MainWindow's undo and redo actions).
ENGLISH.update({
    "El idioma cambia al momento. Una ventana de seguimiento ya abierta lo hace al volver a abrirla.":
        "The language changes at once. A tracking window already open changes when opened again.",
    "&Deshacer %1": "&Undo %1", "&Rehacer %1": "&Redo %1",
})

# Correcting a plan's details and dimensions (edit/PlanDetailsActions, PlanDetailsDialog).
ENGLISH.update({
    "Datos del plan": "Plan details", "&Datos del plan…": "Plan &details…",
    "Corregir la organización política, el lugar, el tipo de elección, el periodo y la visión del plan":
        "Correct the plan's political organization, place, election type, period and vision",
    "&Renombrar dimensión…": "&Rename dimension…", "&Unir dimensión con…": "&Merge dimension into…",
    "Pasar las filas de esta dimensión a otra del mismo plan (una dimensión leída como dos)":
        "Move this dimension's rows to another dimension of the same plan (one dimension read as two)",
    "corregir los datos del plan": "correct the plan details",
    "Renombrar dimensión": "Rename dimension", "Nuevo nombre de la dimensión:": "New name of the dimension:",
    "renombrar la dimensión %1": "rename the dimension %1",
    "Unir dimensión": "Merge dimension", "Pasar las filas de «%1» a la dimensión:": "Move the rows of “%1” to the dimension:",
    "unir la dimensión %1 con %2": "merge the dimension %1 into %2",
    "p. ej. 2027-2030": "e.g. 2027-2030",
    "&Organización política:": "Political &organization:", "&Lugar:": "&Place:", "&Tipo de elección:": "Election &type:",
    "&Periodo:": "P&eriod:", "&Visión:": "&Vision:",
    "Un campo en blanco quiere decir que el plan no lo indica. Puede deshacer la corrección con Ctrl+Z.":
        "A blank field means the plan does not state it. You can undo the correction with Ctrl+Z.",
    "Escriba el periodo como dos años: 2027-2030.": "Type the period as two years: 2027-2030.",
})

# The import report: how each file was read.
ENGLISH.update({
    "Importado: %1 · %2 · %3 · %4": "Imported: %1 · %2 · %3 · %4",
    "tabla problema–objetivo–meta": "problem–objective–meta table", "tabla resumen del JNE": "JNE summary table",
    "tabla de Markdown": "Markdown table", "tabla leída como texto corrido": "table read as running text",
    "esquema de problemas, objetivos y metas": "outline of problems, objectives and metas",
    "propuestas numeradas": "numbered proposals", "fichas de propuestas": "proposal cards",
    "secciones propias del plan, sin dimensiones": "the plan's own sections, no dimensions",
})

# Messages of the core (src/core: readers, text decoder, library), written in English for the CLI
# and translated with QCoreApplication::translate() for the app: vigia_es.ts gives their Spanish,
# vigia_en.ts keeps their English source.
SPANISH_OF_CORE = {
    "%1: not a regular file (a device, a pipe or a socket), not a plan document":
        "%1: no es un archivo común (es un dispositivo, una tubería o un socket), no es un plan",
    "%1: the file is too large (more than %2 MB)": "%1: el archivo es demasiado grande (más de %2 MB)",
    "this library has been altered outside Vigía: %1": "esta biblioteca fue modificada fuera de Vigía: %1",
    "%1; it is open read-only, so nothing can be changed in it (export what you need)":
        "%1; está abierta solo para lectura, así que no se puede cambiar nada en ella (exporte lo que necesite)",
    "cannot check the library's structure: %1": "no se pudo comprobar la estructura de la biblioteca: %1",
    # PlanBuilder
    "the table was extracted as running text: its columns were estimated, check the rows":
        "la tabla se extrajo como texto corrido: sus columnas se estimaron, revise las filas",
    "1 row merged across a page break": "1 fila unida a través de un salto de página",
    "%1 rows merged across a page break": "%1 filas unidas a través de un salto de página",
    "no plan structure found: no dimensions or proposal rows":
        "no se encontró la estructura de un plan: no hay dimensiones ni filas de propuestas",
    # PlanFileReader
    "%1: no such file": "%1: el archivo no existe",
    "%1: is a directory, not a plan document": "%1: es una carpeta, no un documento de plan",
    "%1: the file is too large (%2 MB; at most %3 MB)": "%1: el archivo es demasiado grande (%2 MB; como máximo %3 MB)",
    "%1: cannot open: %2": "%1: no se puede abrir: %2",
    "%1: the file is too large for a %2 document (%3 MB; at most %4 MB)":
        "%1: el archivo es demasiado grande para un documento %2 (%3 MB; como máximo %4 MB)",
    "%1: cannot read: %2": "%1: no se puede leer: %2",
    "the file is empty": "el archivo está vacío",
    "not a document Vigía can read (expected a PDF, a text or a Markdown file)":
        "no es un documento que Vigía pueda leer (se espera un PDF, un texto o un archivo Markdown)",
    # TextReading, PlanJsonReader, ImportService
    "the text is too large for a plan (%1 MB; a text plan has at most %2 MB)":
        "el texto es demasiado grande para un plan (%1 MB; un plan en texto tiene como máximo %2 MB)",
    "cancelled": "cancelado", "%1: cancelled": "%1: cancelado",
    "encoding converted from %1": "codificación convertida desde %1",
    "not plan JSON: %1": "no es un JSON de plan: %1",
    "not plan JSON: the plan has no dimensions": "no es un JSON de plan: el plan no tiene dimensiones",
    # PdfPlanReader
    "not a PDF file (no %PDF header)": "no es un archivo PDF (no empieza con %PDF)",
    "the PDF is truncated (the file is incomplete)": "el PDF está cortado (el archivo está incompleto)",
    "the PDF is damaged and cannot be read": "el PDF está dañado y no se puede leer",
    "the PDF is encrypted: a password is needed to open it": "el PDF está cifrado: se necesita una contraseña para abrirlo",
    "the PDF is encrypted and the password given is wrong": "el PDF está cifrado y la contraseña dada no es correcta",
    "the PDF is damaged: it has no pages": "el PDF está dañado: no tiene páginas",
    "table rules were not read (a font of the PDF is damaged or missing); columns may be less exact":
        "no se leyeron las líneas de las tablas (una fuente del PDF está dañada o falta); las columnas pueden ser menos exactas",
    "table rules were not read (no GUI application object); columns may be less exact":
        "no se leyeron las líneas de las tablas (sin aplicación gráfica); las columnas pueden ser menos exactas",
    "reading was cancelled": "se canceló la lectura",
    "the PDF is truncated: page %1 of %2 is missing": "el PDF está cortado: falta la página %1 de %2",
    "the PDF is damaged: page %1 of %2 cannot be read": "el PDF está dañado: no se puede leer la página %1 de %2",
    "the PDF is truncated and no text could be read from it": "el PDF está cortado y no se pudo leer texto de él",
    "no text layer: this PDF is a scanned image": "no tiene capa de texto: este PDF es una imagen escaneada",
    "the PDF looks truncated (no end-of-file marker); some text may be missing":
        "el PDF parece cortado (no tiene marca de fin de archivo); puede faltar texto",
    # TextDecoder
    "unsupported encoding %1": "codificación no admitida: %1",
    "cannot convert from %1: %2": "no se puede convertir desde %1: %2",
    "the text is UTF-16 without a byte-order mark; save it as UTF-8 (or UTF-16 with a byte-order mark)":
        "el texto está en UTF-16 sin marca de orden de bytes; guárdelo como UTF-8 (o UTF-16 con marca de orden de bytes)",
    "the file is binary, not text": "el archivo es binario, no texto",
    "the file contains NUL characters, it is not a text file": "el archivo contiene caracteres NUL, no es un archivo de texto",
    # SourceArchive
    "no digest to file the copy under": "no hay huella (SHA-256) con la que guardar la copia",
    "cannot create the folder %1": "no se puede crear la carpeta %1",
    "cannot move the copy into %1": "no se puede mover la copia a %1",
    "the file changed while it was imported": "el archivo cambió mientras se importaba",
    "cannot write into %1: %2": "no se puede escribir en %1: %2",
    "the PDF reader (%1) could not be loaded: %2": "no se pudo cargar el lector de PDF (%1): %2",
    "the PDF reader is not installed (looked for %1)": "el lector de PDF no está instalado (se buscó en %1)",
    "a query ran for more than %1 s and was stopped (the library may have been altered)":
        "una consulta duró más de %1 s y se detuvo (puede que la biblioteca haya sido modificada)",
    "%1; nothing was imported: a plan is kept only with a copy of its document":
        "%1; no se importó nada: un plan se guarda solo junto con una copia de su documento",
    # PlanLibrary
    "not a Vigía library (the file is not an SQLite database)": "no es una biblioteca de Vigía (el archivo no es una base de datos SQLite)",
    "the library file is damaged (%1)": "el archivo de la biblioteca está dañado (%1)",
    "the library is read-only (%1)": "la biblioteca es de solo lectura (%1)",
    "needs review: no dimension headings were found, so the plan's own numbered sections were taken as its dimensions; check its rows":
        "revisar: no se encontraron títulos de dimensión, así que las secciones numeradas del propio plan se tomaron como sus dimensiones; revise sus filas",
    "the library is busy: another program (or window) has been writing to it for several seconds; try again when it has finished":
        "la biblioteca está ocupada: otro programa (o ventana) lleva varios segundos escribiendo en ella; vuelva a intentarlo cuando termine",
    "%1: is a Vigía library (or part of one) open in this program, not a document; it is left untouched":
        "%1: es una biblioteca de Vigía (o parte de una) abierta en este programa, no un documento; no se toca",
    "the disk is full (%1)": "el disco está lleno (%1)",
    "the library was written by a newer version of Vigía (schema version %1; this version knows up to %2)":
        "la biblioteca fue escrita por una versión más nueva de Vigía (versión de esquema %1; esta versión conoce hasta la %2)",
    "not a Vigía library (an SQLite database of another application)":
        "no es una biblioteca de Vigía (es una base de datos SQLite de otra aplicación)",
    "no library path given": "no se indicó la ruta de la biblioteca",
    "is a folder, not a Vigía library": "es una carpeta, no una biblioteca de Vigía",
    "cannot open the library: %1": "no se puede abrir la biblioteca: %1",
    "cannot create the library: the folder %1 does not exist": "no se puede crear la biblioteca: la carpeta %1 no existe",
    "cannot create the library: %1 is not a folder": "no se puede crear la biblioteca: %1 no es una carpeta",
    "the library is read-only and needs an upgrade to this version of Vigía":
        "la biblioteca es de solo lectura y necesita actualizarse a esta versión de Vigía",
    "cannot store the plan in %1: %2": "no se puede guardar el plan en %1: %2",
    "the plan has no source SHA-256": "el plan no tiene el SHA-256 de su documento",
    "there is no plan %1": "no existe el plan %1",
    "%1: there is no item %2": "%1: no existe el ítem %2",
    "%1: there is no plan %2": "%1: no existe el plan %2",
}


# The review queue (issue 22: rows the importer may have read wrong).
ENGLISH.update({
    "Filas por revisar (%1)": "Rows to review (%1)",
    "Filas por revisar": "Rows to review",
    "Filas por &revisar": "Rows to &review",
    "⚠ Por revisar: %1": "⚠ To review: %1",
    '⚠ <a href="review">%n fila(s) por revisar</a>: el importador pudo leerlas mal.': (
        '⚠ <a href="review">%n row to review</a>: the importer may have read it wrong.',
        '⚠ <a href="review">%n rows to review</a>: the importer may have read them wrong.'),
    "Ver ▸ Filas por revisar (Ctrl+Mayús+R)": "View ▸ Rows to review (Ctrl+Shift+R)",
    "No se pudo marcar la fila": "Could not mark the row",
    "La biblioteca no guardó la marca de revisión.": "The library did not keep the review mark.",
    "&Volver a la cola": "&Back to the queue",
    "&Marcar como revisada": "&Mark as reviewed",
    "La biblioteca es de solo lectura: las marcas no se pueden guardar.": "The library is read-only: marks cannot be kept.",
    "Abra un plan para ver las filas que conviene revisar.": "Open a plan to see the rows worth reviewing.",
    "El importador no dudó de ninguna fila de este plan.": "The importer had no doubt about any row of this plan.",
    "No quedan filas por revisar.": "No rows left to review.",
    "%1 de %2 filas por revisar: el importador pudo leerlas mal. Doble clic o Intro para ir a la fila.":
        "%1 of %2 rows to review: the importer may have read them wrong. Double-click or Enter to go to the row.",
    "Mostrar las &revisadas": "Show &reviewed rows",
    "parece un título o una etiqueta, no una propuesta": "looks like a heading or a label, not a proposal",
    "parece un pedazo de otro ítem": "looks like a piece of another item",
    "texto muy largo: quizá une varios ítems": "very long text: it may join several items",
    "fila incompleta: un solo tipo de ítem": "incomplete row: one kind of item only",
    "%1 %2: %3": "%1 %2: %3",
    "%1 ▸ %2": "%1 ▸ %2",
    "Revisada": "Reviewed",
    "Por revisar": "To review",
    "Fila": "Row",
    "Por qué": "Why",
})
ENGLISH.update({
    "%n fila(s) por revisar: el lector dudó de ellas (Ver ▸ Filas por revisar).": (
        "%n row to review: the reader was not sure of it (View ▸ Rows to review).",
        "%n rows to review: the reader was not sure of them (View ▸ Rows to review)."),
})
SPANISH_PLURALS.update({
    "%n fila(s) por revisar: el lector dudó de ellas (Ver ▸ Filas por revisar).": (
        "%n fila por revisar: el lector dudó de ella (Ver ▸ Filas por revisar).",
        "%n filas por revisar: el lector dudó de ellas (Ver ▸ Filas por revisar)."),
    '⚠ <a href="review">%n fila(s) por revisar</a>: el importador pudo leerlas mal.': (
        '⚠ <a href="review">%n fila por revisar</a>: el importador pudo leerla mal.',
        '⚠ <a href="review">%n filas por revisar</a>: el importador pudo leerlas mal.'),
})

def fill(path: pathlib.Path, table: dict, plurals_only: bool, core: dict) -> int:
    """`core` maps the English source of each core message to its translation in this file."""
    tree = ET.parse(path)
    missing = 0
    for message in tree.getroot().iter("message"):
        source = message.find("source").text or ""
        translation = message.find("translation")
        numerus = message.get("numerus") == "yes"
        value = core.get(source, table.get(source))
        if plurals_only and not numerus and source not in core:
            # Spanish is the source language: singular messages need no translation.
            translation.attrib.pop("type", None)
            translation.text = None
            translation.set("type", "unfinished")
            continue
        if value is None:
            missing += 1
            continue
        translation.attrib.pop("type", None)
        for child in list(translation):
            translation.remove(child)
        if numerus:
            forms = value if isinstance(value, tuple) else (value, value)
            translation.text = None
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = value
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return missing


# What of a document's text did not reach the plan (issue 22: "anything dropped").
ENGLISH.update({
    "%1 del texto no pasó al plan (%n pasaje(s)): una presentación, un diagnóstico o algo que el lector no reconoció.": (
        "%1 of the text did not reach the plan (%n passage): a presentation, a diagnosis or something the reader did not recognise.",
        "%1 of the text did not reach the plan (%n passages): a presentation, a diagnosis or something the reader did not recognise."),
    "menos del 1 %": "less than 1 %",
    "%1 %": "%1 %",
    "pág. %1": "p. %1",
    "línea %1": "line %1",
    "«%1»": "“%1”",
    "y %n pasaje(s) más": ("and %n more passage", "and %n more passages"),
})
SPANISH_PLURALS.update({
    "%1 del texto no pasó al plan (%n pasaje(s)): una presentación, un diagnóstico o algo que el lector no reconoció.": (
        "%1 del texto no pasó al plan (%n pasaje): una presentación, un diagnóstico o algo que el lector no reconoció.",
        "%1 del texto no pasó al plan (%n pasajes): una presentación, un diagnóstico o algo que el lector no reconoció."),
    "y %n pasaje(s) más": ("y %n pasaje más", "y %n pasajes más"),
})

# A library altered outside Vigía opens read-only (issue 11).
ENGLISH.update({
    "Biblioteca modificada fuera de Vigía": "Library altered outside Vigía",
    "La biblioteca %1 fue modificada fuera de Vigía, así que se abrió solo para lectura: puede leer y exportar sus planes, pero no cambiarlos ni añadir otros.":
        "The library %1 was altered outside Vigía, so it was opened read-only: you can read and export its plans, but not change them or add others.",
    "%1 (solo lectura: modificada fuera de Vigía) — Vigía": "%1 (read-only: altered outside Vigía) — Vigía",
})

# Measurability by the rubric's clauses (issue 12).
ENGLISH.update({
    "cifra %1%2": "figure %1%2",
    "«%1», un conjunto acotado%2": "“%1”, a bounded set%2",
    "periodicidad %1": "periodicity %1",
    "un entregable identificable": "one identifiable deliverable",
    "algo concreto, sin cifra": "something concrete, without a figure",
    "lo concreto es solo el medio": "only the means is concrete",
    "solo un estado deseado, nada que entregar": "only a desired state, nothing to deliver",
    " — cláusula %1": " — clause %1",
    "Medibilidad: %1": "Measurability: %1",
})

# Topics say which keyword matched (issue 12).
ENGLISH.update({
    "• %1 (asignado a mano)": "• %1 (given by hand)",
    "• %1 (palabra: «%2»)": "• %1 (word: “%2”)",
    "… y %n más": ("… and %n more", "… and %n more"),
    "%1 («%2»)": "%1 (“%2”)",
    "En común: %1": "In common: %1",
    "%1\nDocumento: %2": "%1\nDocument: %2",
    "Pulse una cifra de la tabla para ver sus metas.": "Click a figure of the table to see its metas.",
    "Pulse para ver estas metas y la cláusula que decidió cada una": "Click to see these metas and the clause that decided each",
    "todo el plan": "the whole plan",
    "%1: %n meta(s) de %2, %3": ("%1: %n meta of %2, %3", "%1: %n metas of %2, %3"),
    "Por qué (cláusula de la rúbrica)": "Why (clause of the rubric)",
})
SPANISH_PLURALS.update({
    "%1: %n meta(s) de %2, %3": ("%1: %n meta de %2, %3", "%1: %n metas de %2, %3"),
})
SPANISH_PLURALS.update({
    "… y %n más": ("… y %n más", "… y %n más"),
})

# Tracking: which row a meta sits in and what it serves (issue 23 item 4).
ENGLISH.update({
    "Dimensión ▸ fila": "Dimension ▸ row", "Objetivo al que sirve": "Objective it serves",
    "%1 ▸ fila %2": "%1 ▸ row %2", "Problema: %1": "Problem: %1", "Objetivo: %1": "Objective: %1",
    "Indicador: %1": "Indicator: %1",
})

# Evidence links with a title and who added them; the item history in words (issue 23 item 4).
ENGLISH.update({
    "Enlace «%1»: %2 (consultado el %3)": "Link “%1”: %2 (consulted on %3)",
    "p. ej. Informe de gestión 2025": "e.g. Management report 2025", "&Título:": "&Title:",
    "Añadida &por:": "Added &by:", "Escriba quién añade el enlace.": "Type who adds the link.",
    "Añadida por %1 el %2": "Added by %1 on %2",
    "Pasó a la versión corregida del plan (similitud %1)": "Moved to the corrected version of the plan (similarity %1)",
    "Pasó a mano a este ítem desde otro de una versión anterior": "Moved by hand to this item from one of an earlier version",
    "Se tomaron los valores de %1": "Took the values of %1",
    "Se mantuvieron los valores propios frente a los de %1": "Kept our own values over those of %1",
    "De %1": "From %1",
})

# After a file is written: open it or show its folder (issue 23 item 5).
ENGLISH.update({
    "&Abrir": "&Open", "&Mostrar en carpeta": "&Show in folder", "Cerrar este aviso": "Close this notice",
    "Comparación exportada": "Comparison exported",
})

# The first start's welcome; plans named in the import report (issue 23 item 3).
ENGLISH.update({
    "Le damos la bienvenida a Vigía": "Welcome to Vigía",
    "<h2>Le damos la bienvenida a Vigía</h2>": "<h2>Welcome to Vigía</h2>",
    "Vigía lee los planes de gobierno que los candidatos presentan al JNE y los ordena por dimensión: problemas, objetivos, indicadores y metas. Con él puede leer y buscar en un plan, poner planes lado a lado y registrar cada semestre el avance de las metas de la autoridad elegida.":
        "Vigía reads the government plans that candidates file with the JNE and orders them by dimension: problems, objectives, indicators and metas. With it you can read and search a plan, put plans side by side and record, every semester, the progress of the elected authority's metas.",
    "La biblioteca de ejemplo tiene %n plan(es):": ("The sample library has %n plan:", "The sample library has %n plans:"),
    "Leer un plan": "Read a plan", "Comparar planes": "Compare plans", "Hacer seguimiento": "Track progress",
    "Elija un plan en la lista y recórralo por dimensión; busque un tema con Ctrl+F.":
        "Choose a plan in the list and go through it by dimension; search a topic with Ctrl+F.",
    "Ponga de dos a cuatro planes lado a lado: en qué coinciden, en qué difieren, de qué no hablan y qué tan medibles son sus metas.":
        "Put two to four plans side by side: where they agree, where they differ, what they leave out and how measurable their metas are.",
    "Registre cada semestre el avance de cada meta, con evidencias, y publique el informe.":
        "Record every semester the progress of each meta, with evidence, and publish the report.",
    "Ver el informe de importación": "See the import report",
})
SPANISH_PLURALS.update({
    "La biblioteca de ejemplo tiene %n plan(es):": ("La biblioteca de ejemplo tiene %n plan:", "La biblioteca de ejemplo tiene %n planes:"),
})

# Page-by-page import progress; signs of a thin reading (issue 23 item 7).
ENGLISH.update({
    "%1 — página %2 de %3": "%1 — page %2 of %3",
})
SPANISH_OF_CORE.update({
    "only %1 rows for %2 pages: the reader may have missed part of the plan; check it against the document":
        "solo %1 filas para %2 páginas: el lector pudo pasar por alto parte del plan; compárelo con el documento",
    "no problem was read, though the plan's layout gives each row one: check whether the problems were read as something else":
        "no se leyó ningún problema, aunque la disposición del plan da uno a cada fila: revise si los problemas se leyeron como otra cosa",
    "%1 metas read like headings (“%2”…): check whether the reader took titles for metas":
        "%1 metas parecen títulos («%2»…): revise si el lector tomó títulos por metas",
})

# The topic chart on a page of its own (issue 23 item 2).
ENGLISH.update({"&Gráfico de temas": "Topic &chart"})

# Scanned pages read by OCR (issue 13).
SPANISH_OF_CORE.update({
    "%1 page(s) read by OCR from their image (mean confidence %2 %)":
        "%1 página(s) leída(s) por OCR de su imagen (confianza media %2 %)",
    "no text layer, and OCR found no text on its pages (blank pages, or not text)":
        "no tiene capa de texto, y el OCR no halló texto en sus páginas (páginas en blanco, o no es texto)",
    "no text layer: this PDF is a scanned image, and OCR cannot run: %1":
        "no tiene capa de texto: este PDF es una imagen escaneada, y el OCR no puede correr: %1",
    "the Spanish model of Tesseract is not installed (Debian: tesseract-ocr-spa)":
        "el modelo de español de Tesseract no está instalado (Debian: tesseract-ocr-spa)",
})

# What the import says of pages read by OCR (issue 13).
SPANISH_OF_CORE.update({
    "the OCR was unsure of page(s) %1: not Spanish text, or a poor scan; check their items":
        "el OCR dudó de la(s) página(s) %1: no es texto en español, o el escaneo es pobre; revise sus ítems",
    "page(s) %1 without text are blank: nothing to read":
        "la(s) página(s) %1 sin texto están en blanco: nada que leer",
    "%1 (%2 %)": "%1 (%2 %)",
})

# Items read by OCR: their confidence in the item view, unsure ones in the review queue (issue 13).
ENGLISH.update({
    "leído por OCR, confianza %1 %": "read by OCR, confidence %1 %",
    "leído por OCR con poca confianza: compárelo con la página": "read by OCR with low confidence: compare it with the page",
    "%1 — reconocimiento de texto (OCR): página %2 de %3": "%1 — text recognition (OCR): page %2 of %3",
})


if __name__ == "__main__":
    missing = fill(ROOT / "vigia_en.ts", ENGLISH, False, {english: english for english in SPANISH_OF_CORE})
    fill(ROOT / "vigia_es.ts", SPANISH_PLURALS, True, SPANISH_OF_CORE)
    print(f"vigia_en.ts: {missing} message(s) without an English translation")
