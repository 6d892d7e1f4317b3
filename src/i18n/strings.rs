texts! {
    AppName { en: "Supplier Audit", fr: "Audit fournisseurs", es: "Auditoría de proveedores", ar: "تدقيق الموردين" }
    LanguageLabel { en: "Language", fr: "Langue", es: "Idioma", ar: "اللغة" }
    OpeningStorage { en: "Opening saved audits…", fr: "Ouverture des audits enregistrés…", es: "Abriendo las auditorías guardadas…", ar: "جارٍ فتح عمليات التدقيق المحفوظة…" }
    Checklists { en: "Checklists", fr: "Listes de contrôle", es: "Listas de verificación", ar: "قوائم التحقق" }
    VersionAndCount { en: "Version {version} · {count} questions", fr: "Version {version} · {count} questions", es: "Versión {version} · {count} preguntas", ar: "الإصدار {version} · {count} سؤالًا" }
    StartAudit { en: "Start a new audit", fr: "Commencer un nouvel audit", es: "Iniciar una nueva auditoría", ar: "بدء تدقيق جديد" }
    AuditsOnDevice { en: "Audits on this device", fr: "Audits sur cet appareil", es: "Auditorías en este dispositivo", ar: "عمليات التدقيق على هذا الجهاز" }
    ReadingAudits { en: "Reading saved audits…", fr: "Lecture des audits enregistrés…", es: "Leyendo las auditorías guardadas…", ar: "جارٍ قراءة عمليات التدقيق المحفوظة…" }
    NoAudits { en: "No audit has been started on this device yet.", fr: "Aucun audit n'a encore été commencé sur cet appareil.", es: "Todavía no se ha iniciado ninguna auditoría en este dispositivo.", ar: "لم يبدأ أي تدقيق على هذا الجهاز بعد." }
    SupplierNotNamed { en: "Supplier not named yet", fr: "Fournisseur pas encore nommé", es: "Proveedor aún sin nombre", ar: "لم يُذكر اسم المورد بعد" }
    LastChange { en: "Last change {time}", fr: "Dernière modification {time}", es: "Último cambio {time}", ar: "آخر تغيير {time}" }
    OpeningAudit { en: "Opening the audit…", fr: "Ouverture de l'audit…", es: "Abriendo la auditoría…", ar: "جارٍ فتح التدقيق…" }
    AuditMissing { en: "This audit is not saved on this device. It may have been made in another browser or on another device.", fr: "Cet audit n'est pas enregistré sur cet appareil. Il a peut-être été fait dans un autre navigateur ou sur un autre appareil.", es: "Esta auditoría no está guardada en este dispositivo. Puede que se haya hecho en otro navegador o en otro dispositivo.", ar: "هذا التدقيق غير محفوظ على هذا الجهاز. ربما أُجري في متصفح آخر أو على جهاز آخر." }
    AuditDetails { en: "Audit details", fr: "Détails de l'audit", es: "Datos de la auditoría", ar: "تفاصيل التدقيق" }
    Supplier { en: "Supplier", fr: "Fournisseur", es: "Proveedor", ar: "المورد" }
    Site { en: "Site", fr: "Site", es: "Centro", ar: "الموقع" }
    Address { en: "Address", fr: "Adresse", es: "Dirección", ar: "العنوان" }
    Auditor { en: "Auditor", fr: "Auditeur ou auditrice", es: "Auditor o auditora", ar: "المدقق" }
    AuditDate { en: "Date of the audit", fr: "Date de l'audit", es: "Fecha de la auditoría", ar: "تاريخ التدقيق" }
    AnsweredOf { en: "{answered} of {total} answered", fr: "{answered} sur {total} répondues", es: "{answered} de {total} respondidas", ar: "أُجيب عن {answered} من {total}" }
    RequiredOpen { en: " · {count} required still open", fr: " · {count} obligatoires encore ouvertes", es: " · {count} obligatorias aún abiertas", ar: " · {count} إلزامية ما زالت بلا إجابة" }
    Saved { en: "All changes saved on this device", fr: "Toutes les modifications sont enregistrées sur cet appareil", es: "Todos los cambios están guardados en este dispositivo", ar: "حُفظت كل التغييرات على هذا الجهاز" }
    Saving { en: "Saving…", fr: "Enregistrement…", es: "Guardando…", ar: "جارٍ الحفظ…" }
    ExportAudit { en: "Export audit (JSON)", fr: "Exporter l'audit (JSON)", es: "Exportar la auditoría (JSON)", ar: "تصدير التدقيق (JSON)" }
    ExportFailed { en: "The export file could not be created ({reason}). Your answers are still saved here; try again.", fr: "Le fichier d'export n'a pas pu être créé ({reason}). Vos réponses restent enregistrées ici ; réessayez.", es: "No se pudo crear el archivo de exportación ({reason}). Sus respuestas siguen guardadas aquí; inténtelo de nuevo.", ar: "تعذّر إنشاء ملف التصدير ({reason}). ما زالت إجاباتك محفوظة هنا؛ حاول مرة أخرى." }
    ChecklistMissing { en: "This audit was made with checklist \"{id}\" version {version}, which this device no longer has. Its {count} answers cannot be shown ({questions}) but are kept unchanged; export them to keep a copy.", fr: "Cet audit a été fait avec la liste « {id} » version {version}, que cet appareil n'a plus. Ses {count} réponses ne peuvent pas être affichées ({questions}) mais sont conservées telles quelles ; exportez-les pour en garder une copie.", es: "Esta auditoría se hizo con la lista «{id}» versión {version}, que este dispositivo ya no tiene. Sus {count} respuestas no se pueden mostrar ({questions}), pero se conservan sin cambios; expórtelas para guardar una copia.", ar: "أُجري هذا التدقيق باستخدام القائمة \"{id}\" الإصدار {version}، وهي لم تعد موجودة على هذا الجهاز. لا يمكن عرض إجاباته البالغة {count} ({questions}) لكنها محفوظة دون تغيير؛ صدّرها للاحتفاظ بنسخة." }
    ChecklistUnavailable { en: "The checklist file {file} could not be loaded ({why}). Connect to the network once and open this page again.", fr: "Le fichier de liste {file} n'a pas pu être chargé ({why}). Connectez-vous une fois au réseau et rouvrez cette page.", es: "No se pudo cargar el archivo de lista {file} ({why}). Conéctese a la red una vez y vuelva a abrir esta página.", ar: "تعذّر تحميل ملف القائمة {file} ({why}). اتصل بالشبكة مرة واحدة ثم افتح هذه الصفحة من جديد." }
    LoadingChecklists { en: "Loading the checklists…", fr: "Chargement des listes…", es: "Cargando las listas…", ar: "جارٍ تحميل القوائم…" }
    OlderVersion { en: "This audit uses version {version} of the checklist, as it was when the audit started.", fr: "Cet audit utilise la version {version} de la liste, telle qu'elle était au début de l'audit.", es: "Esta auditoría usa la versión {version} de la lista, tal como era al iniciarse.", ar: "يستخدم هذا التدقيق الإصدار {version} من القائمة كما كان عند بدء التدقيق." }
    Yes { en: "Yes", fr: "Oui", es: "Sí", ar: "نعم" }
    Partial { en: "Partial", fr: "Partiel", es: "Parcial", ar: "جزئيًا" }
    No { en: "No", fr: "Non", es: "No", ar: "لا" }
    NotApplicable { en: "Not applicable", fr: "Sans objet", es: "No aplica", ar: "لا ينطبق" }
    AnswerTo { en: "Answer to {id}", fr: "Réponse à {id}", es: "Respuesta a {id}", ar: "الإجابة عن {id}" }
    Critical { en: "Critical", fr: "Critique", es: "Crítica", ar: "حرجة" }
    Major { en: "Major", fr: "Majeure", es: "Mayor", ar: "كبيرة" }
    Minor { en: "Minor", fr: "Mineure", es: "Menor", ar: "طفيفة" }
    Required { en: "Required", fr: "Obligatoire", es: "Obligatoria", ar: "إلزامي" }
    Finding { en: "Finding", fr: "Constat", es: "Hallazgo", ar: "مخالفة" }
    Guidance { en: "Guidance", fr: "Conseils", es: "Orientación", ar: "إرشادات" }
    EvidenceToSeek { en: "Evidence: {kinds}", fr: "Preuves : {kinds}", es: "Evidencias: {kinds}", ar: "الأدلة: {kinds}" }
    EvidenceDocument { en: "documents", fr: "documents", es: "documentos", ar: "الوثائق" }
    EvidenceObservation { en: "observation", fr: "observation", es: "observación", ar: "الملاحظة" }
    EvidenceWorkerInterview { en: "worker interviews", fr: "entretiens avec les travailleurs", es: "entrevistas con trabajadores", ar: "مقابلات العمال" }
    EvidenceManagementInterview { en: "management interview", fr: "entretien avec la direction", es: "entrevista con la dirección", ar: "مقابلة الإدارة" }
    EvidenceRecruiterInterview { en: "recruiter interview", fr: "entretien avec le recruteur", es: "entrevista con el reclutador", ar: "مقابلة جهة التوظيف" }
    EvidenceExternal { en: "external sources", fr: "sources externes", es: "fuentes externas", ar: "مصادر خارجية" }
    NoteLabel { en: "Note and evidence seen", fr: "Note et preuves constatées", es: "Nota y evidencias vistas", ar: "ملاحظة والأدلة التي شوهدت" }
    AnswerLabel { en: "Answer", fr: "Réponse", es: "Respuesta", ar: "الإجابة" }
    RangeHint { en: "From {min} to {max}", fr: "De {min} à {max}", es: "De {min} a {max}", ar: "من {min} إلى {max}" }
    OutOfRange { en: "This value is outside the expected range; check it.", fr: "Cette valeur sort de la plage attendue ; vérifiez-la.", es: "Este valor está fuera del rango esperado; revíselo.", ar: "هذه القيمة خارج النطاق المتوقع؛ تحقق منها." }
    Overall { en: "Overall", fr: "Ensemble", es: "Global", ar: "الإجمالي" }
    ScoreLine { en: "Score {percent}% ({conforming} of {applicable} conforming)", fr: "Score {percent} % ({conforming} conformes sur {applicable})", es: "Puntuación {percent} % ({conforming} de {applicable} conformes)", ar: "النتيجة {percent}٪ ({conforming} مطابقة من {applicable})" }
    NoScore { en: "No scored answer yet", fr: "Aucune réponse notée pour l'instant", es: "Aún no hay respuestas puntuadas", ar: "لا توجد إجابات مُقيَّمة بعد" }
    FindingsLine { en: "Findings: {critical} critical, {major} major, {minor} minor", fr: "Constats : {critical} critiques, {major} majeurs, {minor} mineurs", es: "Hallazgos: {critical} críticos, {major} mayores, {minor} menores", ar: "المخالفات: {critical} حرجة، {major} كبيرة، {minor} طفيفة" }
    ZeroToleranceTitle { en: "Zero-tolerance alert", fr: "Alerte tolérance zéro", es: "Alerta de tolerancia cero", ar: "تنبيه عدم التسامح المطلق" }
    ZeroToleranceBody { en: "A critical finding was recorded on {questions}. Report it at once to the person responsible for due diligence; the supplier must remedy it before any further business.", fr: "Un constat critique a été enregistré pour {questions}. Signalez-le immédiatement à la personne responsable du devoir de vigilance ; le fournisseur doit y remédier avant toute nouvelle affaire.", es: "Se registró un hallazgo crítico en {questions}. Comuníquelo de inmediato a la persona responsable de la debida diligencia; el proveedor debe remediarlo antes de cualquier nueva operación.", ar: "سُجلت مخالفة حرجة في {questions}. أبلغ بها فورًا الشخص المسؤول عن العناية الواجبة؛ ويجب على المورد معالجتها قبل أي تعامل جديد." }
    AboutChecklist { en: "About this checklist", fr: "À propos de cette liste", es: "Acerca de esta lista", ar: "حول هذه القائمة" }
    SectionsHeading { en: "Sections", fr: "Sections", es: "Secciones", ar: "الأقسام" }
    QuestionCount { en: "{count} questions", fr: "{count} questions", es: "{count} preguntas", ar: "{count} سؤالًا" }
    SourcesHeading { en: "Sources", fr: "Sources", es: "Fuentes", ar: "المصادر" }
    AddRow { en: "Add a row", fr: "Ajouter une ligne", es: "Añadir una fila", ar: "إضافة صف" }
    RowNumber { en: "Row {n}", fr: "Ligne {n}", es: "Fila {n}", ar: "الصف {n}" }
    RemoveRow { en: "Remove row {n}", fr: "Supprimer la ligne {n}", es: "Eliminar la fila {n}", ar: "حذف الصف {n}" }
    ConfirmRemoveRow { en: "Remove row {n} and everything in it?", fr: "Supprimer la ligne {n} et tout son contenu ?", es: "¿Eliminar la fila {n} y todo su contenido?", ar: "هل تريد حذف الصف {n} وكل ما فيه؟" }
    ConfirmRemove { en: "Yes, remove", fr: "Oui, supprimer", es: "Sí, eliminar", ar: "نعم، احذف" }
    Cancel { en: "Cancel", fr: "Annuler", es: "Cancelar", ar: "إلغاء" }
    NoRows { en: "No rows yet.", fr: "Aucune ligne pour l'instant.", es: "Todavía no hay filas.", ar: "لا توجد صفوف بعد." }
    PhotoNumber { en: "Photo {n}", fr: "Photo {n}", es: "Foto {n}", ar: "الصورة {n}" }
    PhotoCaption { en: "What the photo shows, and its file name on the device", fr: "Ce que montre la photo, et son nom de fichier sur l'appareil", es: "Qué muestra la foto y su nombre de archivo en el dispositivo", ar: "ما تُظهره الصورة واسم ملفها على الجهاز" }
    AddPhoto { en: "Add a photo slot", fr: "Ajouter un emplacement photo", es: "Añadir un espacio para foto", ar: "إضافة خانة صورة" }
    PhotoCaptureLater { en: "Take the photos with the device's camera; capture inside the app comes in a later version.", fr: "Prenez les photos avec l'appareil photo de l'appareil ; la prise de vue dans l'application viendra dans une version ultérieure.", es: "Tome las fotos con la cámara del dispositivo; la captura dentro de la aplicación llegará en una versión posterior.", ar: "التقط الصور بكاميرا الجهاز؛ ستتوفر إمكانية الالتقاط داخل التطبيق في إصدار لاحق." }
    StorageUnavailable { en: "This browser does not let the app store audits ({why}). Open it in a normal, not private, window and allow site data.", fr: "Ce navigateur ne permet pas à l'application d'enregistrer des audits ({why}). Ouvrez-la dans une fenêtre normale, non privée, et autorisez les données du site.", es: "Este navegador no permite que la aplicación guarde auditorías ({why}). Ábrala en una ventana normal, no privada, y permita los datos del sitio.", ar: "لا يسمح هذا المتصفح للتطبيق بحفظ عمليات التدقيق ({why}). افتحه في نافذة عادية غير خاصة واسمح ببيانات الموقع." }
    StorageNotSaved { en: "Your last change could not be saved ({why}). Keep this page open, free some space on the device, then change any answer to save again. Earlier saved work is safe.", fr: "Votre dernière modification n'a pas pu être enregistrée ({why}). Gardez cette page ouverte, libérez de l'espace sur l'appareil, puis modifiez une réponse pour enregistrer à nouveau. Le travail déjà enregistré est en sécurité.", es: "No se pudo guardar su último cambio ({why}). Mantenga esta página abierta, libere espacio en el dispositivo y luego cambie cualquier respuesta para volver a guardar. El trabajo guardado antes está a salvo.", ar: "تعذّر حفظ آخر تغيير ({why}). أبقِ هذه الصفحة مفتوحة، وحرّر بعض المساحة على الجهاز، ثم غيّر أي إجابة للحفظ من جديد. العمل المحفوظ سابقًا في أمان." }
    StorageUnreadable { en: "A saved audit could not be read ({why}). It has been left untouched.", fr: "Un audit enregistré n'a pas pu être lu ({why}). Il n'a pas été modifié.", es: "No se pudo leer una auditoría guardada ({why}). Se ha dejado intacta.", ar: "تعذّرت قراءة تدقيق محفوظ ({why}). تُرك دون تغيير." }
}
