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
    FindingCount { en: "{count} finding(s)", fr: "{count} constat(s)", es: "{count} hallazgo(s)", ar: "المخالفات: {count}" }
    PreviousSection { en: "Previous section: {title}", fr: "Section précédente : {title}", es: "Sección anterior: {title}", ar: "القسم السابق: {title}" }
    NextSection { en: "Next section: {title}", fr: "Section suivante : {title}", es: "Sección siguiente: {title}", ar: "القسم التالي: {title}" }
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

    // Signing, identities and verification
    // Navigation (src/app.rs)
    NavMain { en: "Main", fr: "Principale", es: "Principal", ar: "الرئيسية" }
    NavAudits { en: "Audits", fr: "Audits", es: "Auditorías", ar: "عمليات التدقيق" }
    NavIdentities { en: "Identities", fr: "Identités", es: "Identidades", ar: "الهويات" }
    NavVerify { en: "Verify", fr: "Vérifier", es: "Verificar", ar: "التحقق" }

    // Identities screen (src/pages/identities.rs)
    IdentitiesTitle { en: "Your signing identities", fr: "Vos identités de signature", es: "Sus identidades de firma", ar: "هويات التوقيع الخاصة بك" }
    IdentitiesHint { en: "An identity is a key pair made on this device. Its private key never leaves the browser's key storage: it is not exported, logged or shown. Share the public card so that others can list you as a signatory. A key proves that its holder signed; a trust list published by a ministry or union says who the holder is.", fr: "Une identité est une paire de clés créée sur cet appareil. Sa clé privée ne quitte jamais le stockage de clés du navigateur : elle n'est ni exportée, ni journalisée, ni affichée. Partagez la fiche publique pour que d'autres puissent vous inscrire comme signataire. Une clé prouve que son détenteur a signé ; une liste de confiance publiée par un ministère ou un syndicat indique qui est ce détenteur.", es: "Una identidad es un par de claves creado en este dispositivo. Su clave privada nunca sale del almacén de claves del navegador: no se exporta, no se registra ni se muestra. Comparta la ficha pública para que otras partes puedan incluirle como firmante. Una clave prueba que su titular firmó; una lista de confianza publicada por un ministerio o un sindicato indica quién es ese titular.", ar: "الهوية زوج مفاتيح أُنشئ على هذا الجهاز. لا يغادر مفتاحها الخاص أبدًا مخزن المفاتيح في المتصفح: فهو لا يُصدَّر ولا يُسجَّل ولا يُعرض. شارك البطاقة العامة كي يتمكن الآخرون من إدراجك موقِّعًا. يُثبت المفتاح أن حامله قد وقّع؛ أما هوية الحامل فتحددها قائمة ثقة تنشرها وزارة أو نقابة." }
    OtherParties { en: "Other parties", fr: "Autres parties", es: "Otras partes", ar: "الأطراف الأخرى" }
    Remove { en: "Remove", fr: "Retirer", es: "Quitar", ar: "إزالة" }
    ImportIdentityCard { en: "Import another party's identity card (JSON)", fr: "Importer la fiche d'identité d'une autre partie (JSON)", es: "Importar la ficha de identidad de otra parte (JSON)", ar: "استيراد بطاقة الهوية الرقمية لطرف آخر (JSON)" }
    IdentityNameNeeded { en: "Enter your name to create an identity.", fr: "Saisissez votre nom pour créer une identité.", es: "Escriba su nombre para crear una identidad.", ar: "أدخل اسمك لإنشاء هوية." }
    ExportIdentityCard { en: "Export identity card", fr: "Exporter la fiche d'identité", es: "Exportar la ficha de identidad", ar: "تصدير بطاقة الهوية الرقمية" }
    ShowQrCode { en: "Show QR code", fr: "Afficher le code QR", es: "Mostrar el código QR", ar: "إظهار رمز QR" }
    HideQrCode { en: "Hide QR code", fr: "Masquer le code QR", es: "Ocultar el código QR", ar: "إخفاء رمز QR" }
    DeleteIdentity { en: "Delete…", fr: "Supprimer…", es: "Eliminar…", ar: "حذف…" }
    IdentityCardQrLabel { en: "QR code of the identity card of {name}", fr: "Code QR de la fiche d'identité de {name}", es: "Código QR de la ficha de identidad de {name}", ar: "رمز QR لبطاقة الهوية الرقمية: {name}" }
    ConfirmDeleteIdentity { en: "Delete the identity of {name}? Its private key is destroyed and cannot be recovered: audits listing this key can no longer be signed by it.", fr: "Supprimer l'identité de {name} ? Sa clé privée est détruite et ne pourra pas être récupérée : les audits qui mentionnent cette clé ne pourront plus être signés avec elle.", es: "¿Eliminar la identidad de {name}? Su clave privada se destruye y no se puede recuperar: las auditorías que incluyen esta clave ya no podrán firmarse con ella.", ar: "هل تريد حذف هوية {name}؟ سيُتلف مفتاحها الخاص ولا يمكن استعادته: ولن يمكن بعد ذلك استخدامه لتوقيع عمليات التدقيق التي تُدرج هذا المفتاح." }
    DeleteForGood { en: "Delete for good", fr: "Supprimer définitivement", es: "Eliminar definitivamente", ar: "حذف نهائي" }
    KeepIdentity { en: "Keep it", fr: "La garder", es: "Conservarla", ar: "الإبقاء عليها" }
    CreateIdentityTitle { en: "Create an identity on this device", fr: "Créer une identité sur cet appareil", es: "Crear una identidad en este dispositivo", ar: "إنشاء هوية على هذا الجهاز" }
    IdentityName { en: "Name", fr: "Nom", es: "Nombre", ar: "الاسم" }
    IdentityOrganisation { en: "Organisation", fr: "Organisation", es: "Organización", ar: "الجهة" }
    IdentityRole { en: "Role", fr: "Rôle", es: "Función", ar: "الصفة" }
    CreateIdentity { en: "Create identity", fr: "Créer l'identité", es: "Crear la identidad", ar: "إنشاء الهوية" }

    // Roles (crates/audit-core/src/signing/signatory.rs, Role::label); Role::Auditor reuses `Auditor`.
    RoleSupplierRepresentative { en: "Supplier representative", fr: "Représentant ou représentante du fournisseur", es: "Representante del proveedor", ar: "ممثل المورد" }
    RoleUnionRepresentative { en: "Union representative", fr: "Représentant syndical ou représentante syndicale", es: "Representante sindical", ar: "ممثل النقابة" }
    RoleWitness { en: "Witness", fr: "Témoin", es: "Testigo", ar: "شاهد" }

    // Private keys (src/keys/private_key.rs)
    KeyProtectionWebCrypto { en: "Non-extractable WebCrypto Ed25519 key", fr: "Clé Ed25519 WebCrypto non extractible", es: "Clave Ed25519 de WebCrypto no extraíble", ar: "مفتاح Ed25519 في WebCrypto غير قابل للاستخراج" }
    KeyProtectionWrapped { en: "Ed25519 key encrypted under a non-extractable AES-GCM key", fr: "Clé Ed25519 chiffrée par une clé AES-GCM non extractible", es: "Clave Ed25519 cifrada con una clave AES-GCM no extraíble", ar: "مفتاح Ed25519 مشفَّر بمفتاح AES-GCM غير قابل للاستخراج" }
    KeyBrowserFailed { en: "the browser could not {action} ({reason})", fr: "le navigateur n'a pas pu {action} ({reason})", es: "el navegador no pudo {action} ({reason})", ar: "تعذّر على المتصفح {action} ({reason})" }
    KeyActionReadPublicKey { en: "read the new public key", fr: "lire la nouvelle clé publique", es: "leer la nueva clave pública", ar: "قراءة المفتاح العام الجديد" }
    KeyActionDrawRandomBytes { en: "draw random bytes", fr: "tirer des octets aléatoires", es: "generar bytes aleatorios", ar: "توليد بايتات عشوائية" }
    KeyActionMakeWrappingKey { en: "make a wrapping key", fr: "créer une clé d'enveloppement", es: "crear una clave de envoltura", ar: "إنشاء مفتاح تغليف" }
    KeyActionEncryptNewKey { en: "encrypt the new key", fr: "chiffrer la nouvelle clé", es: "cifrar la nueva clave", ar: "تشفير المفتاح الجديد" }
    KeyActionSign { en: "sign", fr: "signer", es: "firmar", ar: "التوقيع" }
    KeyActionUnlockKey { en: "unlock the key", fr: "déverrouiller la clé", es: "desbloquear la clave", ar: "فتح قفل المفتاح" }
    KeyReasonNot32Bytes { en: "not 32 bytes", fr: "taille différente de 32 octets", es: "no tiene 32 bytes", ar: "الطول ليس 32 بايت" }
    KeyReasonSignatureNot64Bytes { en: "the signature is not 64 bytes", fr: "la signature ne fait pas 64 octets", es: "la firma no tiene 64 bytes", ar: "التوقيع ليس بطول 64 بايت" }

    // Verify screen (src/pages/verify.rs)
    VerifyTitle { en: "Verify a signed result", fr: "Vérifier un résultat signé", es: "Verificar un resultado firmado", ar: "التحقق من نتيجة موقَّعة" }
    VerifyHint { en: "Checks every signature of a signed JSON file on this device. Nothing is uploaded or stored.", fr: "Vérifie chaque signature d'un fichier JSON signé, sur cet appareil. Rien n'est envoyé ni enregistré.", es: "Comprueba cada firma de un archivo JSON firmado en este dispositivo. No se sube ni se guarda nada.", ar: "يتحقق من كل توقيع في ملف JSON موقَّع على هذا الجهاز. لا يُرفع أي شيء ولا يُحفظ." }
    SignedFilePicker { en: "Signed file (JSON)", fr: "Fichier signé (JSON)", es: "Archivo firmado (JSON)", ar: "الملف الموقَّع (JSON)" }
    TrustListPicker { en: "Trust list (JSON, optional)", fr: "Liste de confiance (JSON, facultative)", es: "Lista de confianza (JSON, opcional)", ar: "قائمة الثقة (JSON، اختيارية)" }
    TrustListSummary { en: "Trust list {name} from {publisher}: {count} key(s).", fr: "Liste de confiance {name} de {publisher} : {count} clé(s).", es: "Lista de confianza {name} de {publisher}: {count} clave(s).", ar: "قائمة الثقة {name} الصادرة عن {publisher}: عدد المفاتيح {count}." }

    // Files (src/components/file_picker.rs; "name: reason" in identities.rs, verify.rs, home.rs)
    NamedFileProblem { en: "{file}: {reason}", fr: "{file} : {reason}", es: "{file}: {reason}", ar: "الملف {file}: {reason}" }
    FileNotText { en: "{file}: the file could not be read as text", fr: "{file} : le fichier n'a pas pu être lu comme texte", es: "{file}: no se pudo leer el archivo como texto", ar: "{file}: تعذّرت قراءة الملف كنص" }

    // QR code (src/components/qr_code.rs)
    QrTooLong { en: "This card is too long for a QR code; export it as a file instead.", fr: "Cette fiche est trop longue pour un code QR ; exportez-la plutôt comme fichier.", es: "Esta ficha es demasiado larga para un código QR; expórtela mejor como archivo.", ar: "هذه البطاقة أطول من أن تُعرض في رمز QR؛ صدّرها كملف بدلًا من ذلك." }

    // Audit screen: finalize, new version, signing, signed export (src/pages/audit.rs)
    PreviousVersionHint { en: "This is a new version of {link}.", fr: "Ceci est une nouvelle version de {link}.", es: "Esta es una nueva versión de {link}.", ar: "هذا إصدار جديد من {link}." }
    PreviousVersionLink { en: "an earlier, finalized audit", fr: "l'audit finalisé précédent", es: "una auditoría anterior ya finalizada", ar: "تدقيق سابق معتمد نهائيًا" }
    FinalizedOn { en: "Finalized on {time}: the answers can no longer be changed.", fr: "Finalisé le {time} : les réponses ne peuvent plus être modifiées.", es: "Finalizada el {time}: las respuestas ya no se pueden cambiar.", ar: "اعتُمد نهائيًا في {time}: لم يعد من الممكن تغيير الإجابات." }
    ExportSignedAudit { en: "Export signed audit (JSON)", fr: "Exporter l'audit signé (JSON)", es: "Exportar la auditoría firmada (JSON)", ar: "تصدير التدقيق الموقَّع (JSON)" }
    FinalizeAudit { en: "Finalize audit…", fr: "Finaliser l'audit…", es: "Finalizar la auditoría…", ar: "اعتماد التدقيق نهائيًا…" }
    ConfirmFinalize { en: "Finalize this audit? Its answers become read-only so that it can be signed. Later changes need a new version.", fr: "Finaliser cet audit ? Ses réponses passent en lecture seule afin qu'il puisse être signé. Toute modification ultérieure demandera une nouvelle version.", es: "¿Finalizar esta auditoría? Sus respuestas pasan a ser de solo lectura para que pueda firmarse. Los cambios posteriores requerirán una nueva versión.", ar: "هل تريد اعتماد هذا التدقيق نهائيًا؟ تصبح إجاباته للقراءة فقط كي يمكن توقيعه. وأي تغيير لاحق يتطلب إصدارًا جديدًا." }
    Finalize { en: "Finalize", fr: "Finaliser", es: "Finalizar", ar: "اعتماد نهائي" }
    StartNewVersion { en: "Start a new version", fr: "Commencer une nouvelle version", es: "Iniciar una nueva versión", ar: "بدء إصدار جديد" }
    SignFailed { en: "The signature could not be made: {reason}. Nothing was changed.", fr: "La signature n'a pas pu être faite : {reason}. Rien n'a été modifié.", es: "No se pudo hacer la firma: {reason}. No se ha cambiado nada.", ar: "تعذّر إجراء التوقيع: {reason}. لم يتغير شيء." }

    // Home screen: take in, status line (src/pages/home.rs)
    TakeInSigned { en: "Take in a finalized audit sent for signature (JSON)", fr: "Importer un audit finalisé envoyé pour signature (JSON)", es: "Importar una auditoría finalizada enviada para su firma (JSON)", ar: "استيراد تدقيق معتمد نهائيًا أُرسل للتوقيع (JSON)" }
    FinalizedSignatures { en: "Finalized · {signed} of {total} signatures", fr: "Finalisé · signatures : {signed} sur {total}", es: "Finalizada · firmas: {signed} de {total}", ar: "معتمد نهائيًا · التوقيعات: {signed} من {total}" }
    FinalizedNotSigned { en: "Finalized · not signed yet", fr: "Finalisé · pas encore signé", es: "Finalizada · aún sin firmar", ar: "معتمد نهائيًا · لم يوقَّع بعد" }

    // Signing panel (src/components/signing_panel.rs)
    SignaturesTitle { en: "Signatures", fr: "Signatures", es: "Firmas", ar: "التوقيعات" }
    SignaturesHint { en: "A signature proves that the holder of that key approved exactly this content; any later change shows. Who holds a key is confirmed by a trust list, not by the key.", fr: "Une signature prouve que le détenteur de cette clé a approuvé exactement ce contenu ; toute modification ultérieure se voit. Qui détient une clé, c'est une liste de confiance qui le confirme, pas la clé.", es: "Una firma prueba que el titular de esa clave aprobó exactamente este contenido; cualquier cambio posterior se nota. Quién tiene una clave lo confirma una lista de confianza, no la clave.", ar: "يُثبت التوقيع أن حامل ذلك المفتاح وافق على هذا المحتوى بعينه؛ وأي تغيير لاحق يظهر. أما من يحمل المفتاح فتؤكده قائمة ثقة، لا المفتاح نفسه." }
    SignatoryLine { en: "{role}: {name} ({organisation})", fr: "{role} : {name} ({organisation})", es: "{role}: {name} ({organisation})", ar: "{role}: {name} من {organisation}" }
    HasSigned { en: "Signed", fr: "A signé", es: "Ha firmado", ar: "وقّع" }
    NotSignedYet { en: "Not signed yet", fr: "N'a pas encore signé", es: "Aún no ha firmado", ar: "لم يوقّع بعد" }
    SignAs { en: "Sign as {name}", fr: "Signer en tant que {name}", es: "Firmar como {name}", ar: "التوقيع باسم {name}" }
    SignatoriesFixed { en: "The list of signatories is fixed: the audit has been signed.", fr: "La liste des signataires est figée : l'audit a été signé.", es: "La lista de firmantes ya no puede cambiar: la auditoría se ha firmado.", ar: "قائمة الموقِّعين ثابتة: لقد وُقّع التدقيق." }
    NoSignatoryCandidates { en: "To list a signatory, create your identity or import another party's identity card on the Identities screen.", fr: "Pour inscrire un signataire, créez votre identité ou importez la fiche d'identité d'une autre partie dans l'écran Identités.", es: "Para incluir un firmante, cree su identidad o importe la ficha de identidad de otra parte en la pantalla Identidades.", ar: "لإدراج موقِّع، أنشئ هويتك أو استورد بطاقة الهوية الرقمية لطرف آخر من شاشة الهويات." }
    AddSignatory { en: "Add a signatory", fr: "Ajouter un signataire", es: "Añadir un firmante", ar: "إضافة موقِّع" }
    Add { en: "Add", fr: "Ajouter", es: "Añadir", ar: "إضافة" }

    // Verification report (src/components/verification_report.rs)
    VerdictValid { en: "Valid: every signature checks and every listed signatory has signed.", fr: "Valide : toutes les signatures sont correctes et chaque signataire inscrit a signé.", es: "Válido: todas las firmas son correctas y todos los firmantes de la lista han firmado.", ar: "صالح: كل التوقيعات سليمة وقد وقّع كل الموقِّعين المدرجين." }
    VerdictInvalid { en: "Not valid: {reason}", fr: "Non valide : {reason}", es: "No válido: {reason}", ar: "غير صالح: {reason}" }
    InvalidProof { en: "proof {number}: {reason}", fr: "preuve {number} : {reason}", es: "prueba {number}: {reason}", ar: "الإثبات {number}: {reason}" }
    InvalidUnlisted { en: "proof {number} is by {did}, who is not on the signatory list", fr: "la preuve {number} est de {did}, qui n'est pas sur la liste des signataires", es: "la prueba {number} es de {did}, que no figura en la lista de firmantes", ar: "الإثبات {number} صادر عن {did}، وهو غير مدرج في قائمة الموقِّعين" }
    InvalidNoProof { en: "no proof: the document is not signed", fr: "aucune preuve : le document n'est pas signé", es: "ninguna prueba: el documento no está firmado", ar: "لا يوجد إثبات: المستند غير موقَّع" }
    InvalidMissing { en: "missing signature: {signatory}", fr: "signature manquante : {signatory}", es: "falta la firma de {signatory}", ar: "توقيع ناقص: {signatory}" }
    SignatoriesNotAList { en: "\"signatories\" must be a list of signatories", fr: "« signatories » doit être une liste de signataires", es: "«signatories» debe ser una lista de firmantes", ar: "يجب أن يكون \"signatories\" قائمة بالموقِّعين" }
    SignatoriesEntry { en: "signatories[{index}]: {reason}", fr: "signatories[{index}] : {reason}", es: "signatories[{index}]: {reason}", ar: "الموقِّع signatories[{index}]: {reason}" }
    SignatoriesDuplicate { en: "signatories[{index}]: {did} is listed twice", fr: "signatories[{index}] : {did} est inscrit deux fois", es: "signatories[{index}]: {did} figura dos veces", ar: "signatories[{index}]: {did} مدرج مرتين" }
    MissingSignatures { en: "Missing signatures", fr: "Signatures manquantes", es: "Firmas que faltan", ar: "التوقيعات الناقصة" }
    SignedMoreThanOnce { en: "{signatory} signed more than once", fr: "{signatory} a signé plus d'une fois", es: "{signatory} firmó más de una vez", ar: "وقّع {signatory} أكثر من مرة" }
    UnstatedTime { en: "at an unstated time", fr: "à un moment non indiqué", es: "en un momento no indicado", ar: "في وقت غير محدد" }
    NotOnSignatoryList { en: "Not on the signatory list", fr: "Pas sur la liste des signataires", es: "No figura en la lista de firmantes", ar: "غير مدرج في قائمة الموقِّعين" }
    SignatureValid { en: "Signature valid", fr: "Signature valide", es: "Firma válida", ar: "التوقيع صالح" }
    SignatureNotValid { en: "Signature NOT valid: {reason}", fr: "Signature NON valide : {reason}", es: "Firma NO válida: {reason}", ar: "التوقيع غير صالح: {reason}" }
    OnTrustListAs { en: "On the trust list as {name} ({organisation})", fr: "Sur la liste de confiance en tant que {name} ({organisation})", es: "En la lista de confianza como {name} ({organisation})", ar: "مدرج في قائمة الثقة باسم {name} ({organisation})" }
    NotOnTrustList { en: "NOT on the trust list", fr: "PAS sur la liste de confiance", es: "NO figura en la lista de confianza", ar: "غير مدرج في قائمة الثقة" }
    SignedAt { en: "Signed {time}", fr: "Signé {time}", es: "Firmado {time}", ar: "وُقّع {time}" }
    UnreadableKey { en: "unreadable key", fr: "clé illisible", es: "clave ilegible", ar: "مفتاح غير مقروء" }

    // Core: ProofFailure (crates/audit-core/src/signing/proof.rs); BadSigner shows its DidKeyError row.
    ProofNotAnObject { en: "the proof is not a JSON object", fr: "la preuve de signature n'est pas un objet JSON", es: "la prueba de firma no es un objeto JSON", ar: "إثبات التوقيع ليس كائن JSON" }
    ProofMissingField { en: "the proof has no \"{field}\"", fr: "la preuve de signature n'a pas de champ « {field} »", es: "a la prueba de firma le falta «{field}»", ar: "إثبات التوقيع يخلو من \"{field}\"" }
    ProofUnexpectedValue { en: "\"{field}\" must be \"{expected}\"", fr: "« {field} » doit valoir « {expected} »", es: "«{field}» debe ser «{expected}»", ar: "يجب أن تكون قيمة \"{field}\" هي \"{expected}\"" }
    ProofBadCreated { en: "\"created\" is not an RFC 3339 date-time: {value}", fr: "« created » n'est pas une date-heure RFC 3339 : {value}", es: "«created» no es una fecha y hora RFC 3339: {value}", ar: "\"created\" ليس تاريخًا ووقتًا بصيغة RFC 3339: {value}" }
    ProofTooLong { en: "\"{field}\" is {length} characters long, more than the {limit} it can have", fr: "« {field} » compte {length} caractères, plus que les {limit} permis", es: "«{field}» tiene {length} caracteres, más de los {limit} permitidos", ar: "يبلغ طول \"{field}\" {length} حرفًا، أي أكثر من الحد المسموح وهو {limit}" }
    ProofCreatedInFuture { en: "\"created\" is {value}, more than a day in the future", fr: "« created » vaut {value}, plus d'un jour dans le futur", es: "«created» es {value}, más de un día en el futuro", ar: "قيمة \"created\" هي {value}، أي بعد أكثر من يوم في المستقبل" }
    ProofDuplicateId { en: "\"id\" {value} is used by an earlier proof too", fr: "l'« id » {value} est déjà celui d'une preuve précédente", es: "el «id» {value} ya lo usa una prueba anterior", ar: "المعرّف \"id\" {value} مستخدم أيضًا في إثبات سابق" }
    ProofBadProofValue { en: "\"proofValue\" is not a base58btc (\"z…\") Ed25519 signature of 64 bytes", fr: "« proofValue » n'est pas une signature Ed25519 de 64 octets en base58btc (« z… »)", es: "«proofValue» no es una firma Ed25519 de 64 bytes en base58btc («z…»)", ar: "\"proofValue\" ليس توقيع Ed25519 من 64 بايت بترميز base58btc (\"z…\")" }
    ProofContextMismatch { en: "the proof's @context does not match the start of the document's @context", fr: "le @context de la preuve de signature ne correspond pas au début du @context du document", es: "el @context de la prueba de firma no coincide con el inicio del @context del documento", ar: "لا يطابق @context في إثبات التوقيع بداية @context في الوثيقة" }
    ContentNotCanonicalizable { en: "the content can not be canonicalized: {reason}", fr: "le contenu ne peut pas être mis sous forme canonique : {reason}", es: "el contenido no se puede canonicalizar: {reason}", ar: "تعذّر تحويل المحتوى إلى الصيغة المعيارية: {reason}" }
    ProofSignatureMismatch { en: "the signature does not match: the document or this proof was changed after signing", fr: "la signature ne correspond pas : le document ou cette preuve a été modifié après la signature", es: "la firma no coincide: el documento o esta prueba se modificó después de la firma", ar: "التوقيع غير مطابق: عُدّلت الوثيقة أو هذا الإثبات بعد التوقيع" }

    // Core: DocumentError, MergeError (crates/audit-core/src/signing/document.rs); DocumentError::Json shows its StrictJsonError row.
    DocumentNotAnObject { en: "a signed document must be a JSON object", fr: "un document signé doit être un objet JSON", es: "un documento firmado debe ser un objeto JSON", ar: "يجب أن تكون الوثيقة الموقَّعة كائن JSON" }
    DocumentNotFinalized { en: "only a finalized audit can be signed: finalize it first", fr: "seul un audit finalisé peut être signé : finalisez-le d'abord", es: "solo se puede firmar una auditoría finalizada: finalícela primero", ar: "لا يمكن توقيع إلا تدقيق معتمد نهائيًا: اعتمده نهائيًا أولًا" }
    DocumentNoSignatories { en: "add at least one signatory before the first signature", fr: "ajoutez au moins un signataire avant la première signature", es: "añada al menos un firmante antes de la primera firma", ar: "أضف موقِّعًا واحدًا على الأقل قبل التوقيع الأول" }
    MergeDifferentContent { en: "these are two different documents (content {ours} here, {theirs} in the other file): only copies of the same finalized audit can be merged", fr: "ce sont deux documents différents (contenu {ours} ici, {theirs} dans l'autre fichier) : seules des copies du même audit finalisé peuvent être fusionnées", es: "son dos documentos distintos (contenido {ours} aquí, {theirs} en el otro archivo): solo se pueden combinar copias de la misma auditoría finalizada", ar: "هاتان وثيقتان مختلفتان (المحتوى هنا {ours}، وفي الملف الآخر {theirs}): لا يمكن دمج إلا نسخ من التدقيق نفسه المعتمد نهائيًا" }

    // Core: taking a file in (crates/audit-core/src/workflow/refusal.rs)
    ImportConflictNotAnAudit { en: "this file is not a Supplier Audit record: {reason}", fr: "ce fichier n'est pas un enregistrement d'Audit fournisseurs : {reason}", es: "este archivo no es un registro de Auditoría de proveedores: {reason}", ar: "هذا الملف ليس سجلًا من سجلات تدقيق الموردين: {reason}" }
    ImportConflictNotFinalized { en: "this audit is not finalized, so it cannot be signed; ask the auditor to finalize it and send it again", fr: "cet audit n'est pas finalisé, il ne peut donc pas être signé ; demandez à l'auditeur ou l'auditrice de le finaliser et de le renvoyer", es: "esta auditoría no está finalizada, así que no se puede firmar; pida al auditor o auditora que la finalice y la vuelva a enviar", ar: "هذا التدقيق غير معتمد نهائيًا، لذا لا يمكن توقيعه؛ اطلب من المدقق اعتماده نهائيًا وإرساله من جديد" }
    ImportConflictLocalDraft { en: "this audit is still being edited on this device; nothing was changed. Finalize it here, or start a new version, before taking in signatures", fr: "cet audit est encore en cours de modification sur cet appareil ; rien n'a été modifié. Finalisez-le ici, ou commencez une nouvelle version, avant d'importer des signatures", es: "esta auditoría todavía se está editando en este dispositivo; no se ha cambiado nada. Finalícela aquí, o inicie una nueva versión, antes de importar firmas", ar: "ما زال هذا التدقيق قيد التحرير على هذا الجهاز؛ لم يتغير شيء. اعتمده نهائيًا هنا، أو ابدأ إصدارًا جديدًا، قبل استيراد التوقيعات" }
    ImportConflictDifferent { en: "{reason}; nothing was changed", fr: "{reason} ; rien n'a été modifié", es: "{reason}; no se ha cambiado nada", ar: "{reason}؛ لم يتغير شيء" }

    // Core: workflow Refusal (crates/audit-core/src/workflow/refusal.rs); the others reuse rows above.
    RefusalFinalized { en: "This audit is finalized and can no longer be changed; start a new version to change it.", fr: "Cet audit est finalisé et ne peut plus être modifié ; commencez une nouvelle version pour le modifier.", es: "Esta auditoría está finalizada y ya no se puede modificar; inicie una nueva versión para cambiarla.", ar: "هذا التدقيق معتمد نهائيًا ولم يعد من الممكن تغييره؛ ابدأ إصدارًا جديدًا لتغييره." }
    RefusalAlreadyListed { en: "{name} is already listed with this key.", fr: "{name} est déjà inscrit avec cette clé.", es: "{name} ya figura en la lista con esta clave.", ar: "{name} مدرج بالفعل بهذا المفتاح." }
    RefusalNotListed { en: "{did} is not on the signatory list of this audit, so it cannot sign.", fr: "{did} n'est pas sur la liste des signataires de cet audit : il ne peut pas signer.", es: "{did} no figura en la lista de firmantes de esta auditoría, así que no puede firmar.", ar: "{did} غير مدرج في قائمة الموقِّعين على هذا التدقيق، فلا يمكنه التوقيع." }
    RefusalAlreadySigned { en: "{did} has already signed this audit.", fr: "{did} a déjà signé cet audit.", es: "{did} ya ha firmado esta auditoría.", ar: "{did} وقّع هذا التدقيق بالفعل." }
    RefusalChecklistMissing { en: "Checklist \"{id}\" version {version} is not on this device, so the scores cannot be recomputed. Load that checklist first, then try again.", fr: "La liste « {id} » version {version} n'est pas sur cet appareil : les scores ne peuvent pas être recalculés. Chargez d'abord cette liste, puis réessayez.", es: "La lista «{id}» versión {version} no está en este dispositivo, así que no se pueden recalcular las puntuaciones. Cargue primero esa lista y vuelva a intentarlo.", ar: "القائمة \"{id}\" الإصدار {version} غير موجودة على هذا الجهاز، فلا يمكن إعادة حساب الدرجات. حمّل تلك القائمة أولًا ثم حاول مرة أخرى." }
    RefusalSummaryMismatch { en: "The summary in the file ({claimed}) does not match the one recomputed from its answers ({recomputed}): the file was changed. Nothing was signed or kept.", fr: "Le résumé du fichier ({claimed}) ne correspond pas à celui recalculé à partir de ses réponses ({recomputed}) : le fichier a été modifié. Rien n'a été signé ni conservé.", es: "El resumen del archivo ({claimed}) no coincide con el recalculado a partir de sus respuestas ({recomputed}): el archivo fue modificado. No se firmó ni se guardó nada.", ar: "الملخص الوارد في الملف ({claimed}) لا يطابق الملخص المحسوب من إجاباته ({recomputed}): لقد غُيّر الملف. لم يُوقَّع أو يُحفظ شيء." }
    SummaryGist { en: "score {percent}, findings: {critical} critical, {major} major, {minor} minor, zero-tolerance alert: {alert}", fr: "score {percent}, constats : {critical} critiques, {major} majeurs, {minor} mineurs, alerte tolérance zéro : {alert}", es: "puntuación {percent}, hallazgos: {critical} críticos, {major} mayores, {minor} menores, alerta de tolerancia cero: {alert}", ar: "الدرجة {percent}، المخالفات: {critical} حرجة و{major} كبيرة و{minor} طفيفة، تنبيه عدم التسامح: {alert}" }
    RefusalTooManyPhotos { en: "Question {question} can hold at most {max} photos; remove one before adding another.", fr: "La question {question} peut contenir au plus {max} photos ; retirez-en une avant d'en ajouter une autre.", es: "La pregunta {question} admite como máximo {max} fotos; quite una antes de añadir otra.", ar: "يتسع السؤال {question} لعدد {max} صور على الأكثر؛ احذف صورة قبل إضافة أخرى." }
    RefusalChangedWhileSigning { en: "The audit changed while it was being signed; nothing was added. Sign again.", fr: "L'audit a changé pendant la signature ; rien n'a été ajouté. Signez à nouveau.", es: "La auditoría cambió mientras se firmaba; no se añadió nada. Vuelva a firmar.", ar: "تغيّر التدقيق أثناء توقيعه؛ لم يُضف شيء. وقّع مرة أخرى." }
    NoKeyOnDevice { en: "the private key of this identity is not on this device", fr: "la clé privée de cette identité n'est pas sur cet appareil", es: "la clave privada de esta identidad no está en este dispositivo", ar: "المفتاح الخاص بهذه الهوية غير موجود على هذا الجهاز" }
    FileTooLarge { en: "the file is {bytes} bytes long; the limit is {limit} MiB", fr: "le fichier fait {bytes} octets ; la limite est de {limit} Mio", es: "el archivo ocupa {bytes} bytes; el límite es de {limit} MiB", ar: "حجم الملف {bytes} بايت؛ والحد الأقصى {limit} ميبيبايت" }

    // Core: DidKeyError (crates/audit-core/src/signing/did_key.rs)
    DidKeyNotDidKey { en: "\"{value}\" is not a did:key (it must start with \"did:key:z\")", fr: "« {value} » n'est pas un did:key (il doit commencer par « did:key:z »)", es: "«{value}» no es un did:key (debe empezar por «did:key:z»)", ar: "\"{value}\" ليس did:key (يجب أن يبدأ بـ \"did:key:z\")" }
    DidKeyNotBase58 { en: "\"{value}\" is not valid base58btc", fr: "« {value} » n'est pas du base58btc valide", es: "«{value}» no es base58btc válido", ar: "\"{value}\" ليس ترميز base58btc صالحًا" }
    DidKeyNotEd25519 { en: "\"{value}\" is not an Ed25519 key (multicodec header 0xed01 expected)", fr: "« {value} » n'est pas une clé Ed25519 (en-tête multicodec 0xed01 attendu)", es: "«{value}» no es una clave Ed25519 (se esperaba la cabecera multicodec 0xed01)", ar: "\"{value}\" ليس مفتاح Ed25519 (المتوقَّع رأس multicodec بالقيمة 0xed01)" }
    DidKeyFragmentMismatch { en: "verification method \"{value}\" must be the did:key followed by #<the same key>", fr: "la méthode de vérification « {value} » doit être le did:key suivi de #<la même clé>", es: "el método de verificación «{value}» debe ser el did:key seguido de #<la misma clave>", ar: "يجب أن تكون طريقة التحقق \"{value}\" هي did:key متبوعًا بـ #<المفتاح نفسه>" }

    // Core: StrictJsonError and the reasons strict_json.rs itself writes (crates/audit-core/src/signing/strict_json.rs)
    StrictJsonInvalid { en: "not strict JSON: {reason} at line {line} column {column}", fr: "JSON non strict : {reason} à la ligne {line}, colonne {column}", es: "JSON no estricto: {reason} en la línea {line}, columna {column}", ar: "JSON غير صارم: {reason} في السطر {line}، العمود {column}" }

    // Ministry checklists and embedding (src/components/checklist_loader.rs, src/embed/)
    LoaderTitle { en: "Use a ministry's checklist", fr: "Utiliser la liste de contrôle d'un ministère", es: "Usar la lista de verificación de un ministerio", ar: "استخدام قائمة تحقق صادرة عن وزارة" }
    LoaderUrlLabel { en: "Address (URL) of a checklist definition", fr: "Adresse (URL) d'une définition de liste de contrôle", es: "Dirección (URL) de una definición de lista de verificación", ar: "عنوان (URL) ملف تعريف قائمة التحقق" }
    LoaderLoad { en: "Load checklist", fr: "Charger la liste", es: "Cargar la lista", ar: "تحميل القائمة" }
    LoaderFileLabel { en: "Or choose a checklist definition file (JSON)", fr: "Ou choisissez un fichier de définition de liste (JSON)", es: "O elija un archivo de definición de lista (JSON)", ar: "أو اختر ملف تعريف قائمة تحقق (JSON)" }
    LoaderLoaded { en: "Loaded \"{title}\": it is now in the list of checklists.", fr: "« {title} » est chargée : elle figure maintenant dans la liste des listes de contrôle.", es: "Se cargó «{title}»: ya está en la lista de listas de verificación.", ar: "حُمّلت \"{title}\": أصبحت الآن ضمن قوائم التحقق." }
    LoaderRefused { en: "The checklist {source} was not loaded. Nothing saved on this device was changed. Fix these problems and try again:", fr: "La liste {source} n'a pas été chargée. Rien de ce qui est enregistré sur cet appareil n'a été modifié. Corrigez ces problèmes et réessayez :", es: "La lista {source} no se cargó. No se modificó nada de lo guardado en este dispositivo. Corrija estos problemas e inténtelo de nuevo:", ar: "لم تُحمَّل القائمة {source}. لم يتغير شيء مما هو محفوظ على هذا الجهاز. صحّح هذه المشكلات ثم أعد المحاولة:" }
    ChecklistNotLoaded { en: "The checklist {source} was not loaded: {problems}", fr: "La liste {source} n'a pas été chargée : {problems}", es: "La lista {source} no se cargó: {problems}", ar: "لم تُحمَّل القائمة {source}: {problems}" }
    EmbedAddressProblem { en: "The embedding address has a problem: {error}.", fr: "L'adresse d'intégration comporte un problème : {error}.", es: "La dirección de integración tiene un problema: {error}.", ar: "في عنوان التضمين مشكلة: {error}." }
    EmbedUnknownChecklist { en: "The embedding address asks for checklist \"{id}\", which this app does not have; all checklists are offered instead.", fr: "L'adresse d'intégration demande la liste « {id} », que cette application n'a pas ; toutes les listes sont proposées à la place.", es: "La dirección de integración pide la lista «{id}», que esta aplicación no tiene; en su lugar se ofrecen todas las listas.", ar: "يطلب عنوان التضمين القائمة \"{id}\" وهي غير موجودة في هذا التطبيق؛ لذا تُعرض كل القوائم بدلًا منها." }
    SavedChecklistUnreadable { en: "A saved checklist could not be read again: {reason}", fr: "Une liste de contrôle enregistrée n'a pas pu être relue : {reason}", es: "No se pudo volver a leer una lista de verificación guardada: {reason}", ar: "تعذّرت قراءة قائمة تحقق محفوظة من جديد: {reason}" }

    // Audit list: search, filters, duplicate, bin, and recovery after an unclean exit (src/components/audit_list.rs, list_filters.rs, audit_bin.rs, recovery_prompt.rs)
    ListFindAudit { en: "Find an audit", fr: "Trouver un audit", es: "Buscar una auditoría", ar: "البحث عن تدقيق" }
    ListSearch { en: "Search by supplier or site", fr: "Rechercher par fournisseur ou site", es: "Buscar por proveedor o centro", ar: "البحث باسم المورد أو الموقع" }
    ListChecklist { en: "Checklist", fr: "Liste de contrôle", es: "Lista de verificación", ar: "قائمة التحقق" }
    ListAnyChecklist { en: "All checklists", fr: "Toutes les listes", es: "Todas las listas", ar: "كل القوائم" }
    ListStatus { en: "Status", fr: "État", es: "Estado", ar: "الحالة" }
    ListAnyStatus { en: "All statuses", fr: "Tous les états", es: "Todos los estados", ar: "كل الحالات" }
    StatusDraft { en: "Draft", fr: "Brouillon", es: "Borrador", ar: "مسودة" }
    StatusFinalized { en: "Finalized", fr: "Finalisé", es: "Finalizada", ar: "مكتمل" }
    StatusPartlySigned { en: "Partly signed", fr: "Signé en partie", es: "Firmada en parte", ar: "موقَّع جزئيًا" }
    StatusSigned { en: "Signed", fr: "Signé", es: "Firmada", ar: "موقَّع" }
    ListFrom { en: "Audited or changed from", fr: "Audité ou modifié à partir du", es: "Auditada o modificada desde", ar: "دُقّق أو عُدّل ابتداءً من" }
    ListTo { en: "Audited or changed until", fr: "Audité ou modifié jusqu'au", es: "Auditada o modificada hasta", ar: "دُقّق أو عُدّل حتى" }
    ListClear { en: "Clear the filters", fr: "Effacer les filtres", es: "Quitar los filtros", ar: "مسح عوامل التصفية" }
    ListShown { en: "{shown} of {total} audits shown", fr: "{shown} audits affichés sur {total}", es: "Se muestran {shown} de {total} auditorías", ar: "يُعرض {shown} من أصل {total} تدقيقًا" }
    ListNoMatch { en: "No audit matches this search. Change or clear the filters.", fr: "Aucun audit ne correspond à cette recherche. Modifiez ou effacez les filtres.", es: "Ninguna auditoría coincide con esta búsqueda. Cambie o quite los filtros.", ar: "لا يطابق أي تدقيق هذا البحث. غيّر عوامل التصفية أو امسحها." }
    Duplicate { en: "Duplicate", fr: "Dupliquer", es: "Duplicar", ar: "نسخ" }
    DuplicateAudit { en: "Duplicate the audit of {supplier} as a new draft", fr: "Dupliquer l'audit de {supplier} en nouveau brouillon", es: "Duplicar la auditoría de {supplier} como nuevo borrador", ar: "نسخ تدقيق {supplier} كمسودة جديدة" }
    MoveToBin { en: "Delete", fr: "Supprimer", es: "Eliminar", ar: "حذف" }
    MoveToBinAudit { en: "Delete the audit of {supplier} (it goes to the bin for 30 days)", fr: "Supprimer l'audit de {supplier} (il reste 30 jours dans la corbeille)", es: "Eliminar la auditoría de {supplier} (queda 30 días en la papelera)", ar: "حذف تدقيق {supplier} (يبقى في سلة المحذوفات 30 يومًا)" }
    Bin { en: "Bin", fr: "Corbeille", es: "Papelera", ar: "سلة المحذوفات" }
    BinHint { en: "Deleted audits stay here for 30 days and can be restored unchanged; then they are deleted for good.", fr: "Les audits supprimés restent ici 30 jours et peuvent être restaurés tels quels ; ensuite, ils sont supprimés définitivement.", es: "Las auditorías eliminadas permanecen aquí 30 días y pueden restaurarse sin cambios; después se eliminan definitivamente.", ar: "تبقى عمليات التدقيق المحذوفة هنا 30 يومًا ويمكن استعادتها دون تغيير؛ ثم تُحذف نهائيًا." }
    BinEmpty { en: "The bin is empty.", fr: "La corbeille est vide.", es: "La papelera está vacía.", ar: "سلة المحذوفات فارغة." }
    BinDeleted { en: "Deleted {time}; can be restored until {until}", fr: "Supprimé le {time} ; restaurable jusqu'au {until}", es: "Eliminada el {time}; se puede restaurar hasta el {until}", ar: "حُذف في {time}؛ يمكن استعادته حتى {until}" }
    Restore { en: "Restore", fr: "Restaurer", es: "Restaurar", ar: "استعادة" }
    RestoreAudit { en: "Restore the audit of {supplier}", fr: "Restaurer l'audit de {supplier}", es: "Restaurar la auditoría de {supplier}", ar: "استعادة تدقيق {supplier}" }
    EmptyBin { en: "Empty the bin…", fr: "Vider la corbeille…", es: "Vaciar la papelera…", ar: "إفراغ سلة المحذوفات…" }
    ConfirmEmptyBin { en: "Delete the {count} audits in the bin for good? They cannot be restored afterwards.", fr: "Supprimer définitivement les {count} audits de la corbeille ? Ils ne pourront plus être restaurés.", es: "¿Eliminar definitivamente las {count} auditorías de la papelera? Después no se podrán restaurar.", ar: "هل تريد حذف عمليات التدقيق الموجودة في سلة المحذوفات وعددها {count} نهائيًا؟ لن يمكن استعادتها بعد ذلك." }
    BinNotMoved { en: "The audit was not moved: it is no longer where it was, or an audit with the same identifier is already there. Nothing was overwritten; reload the page and try again.", fr: "L'audit n'a pas été déplacé : il n'est plus là où il était, ou un audit de même identifiant s'y trouve déjà. Rien n'a été écrasé ; rechargez la page et réessayez.", es: "La auditoría no se movió: ya no está donde estaba, o ya hay allí una auditoría con el mismo identificador. No se sobrescribió nada; recargue la página e inténtelo de nuevo.", ar: "لم يُنقل التدقيق: لم يعد في مكانه، أو يوجد هناك تدقيق بالمعرّف نفسه. لم يُستبدل شيء؛ أعد تحميل الصفحة وحاول مرة أخرى." }
    RecoveryQuestion { en: "You were working on {supplier} ({checklist}); last saved {time}. Continue where you stopped?", fr: "Vous travailliez sur {supplier} ({checklist}) ; dernier enregistrement le {time}. Reprendre là où vous vous étiez arrêté ?", es: "Estaba trabajando en {supplier} ({checklist}); guardado por última vez el {time}. ¿Continuar donde lo dejó?", ar: "كنت تعمل على {supplier} ({checklist})؛ آخر حفظ في {time}. هل تريد المتابعة من حيث توقفت؟" }
    RecoveryContinue { en: "Continue", fr: "Reprendre", es: "Continuar", ar: "متابعة" }
    RecoveryDismiss { en: "Dismiss", fr: "Ignorer", es: "Descartar", ar: "تجاهل" }
}
