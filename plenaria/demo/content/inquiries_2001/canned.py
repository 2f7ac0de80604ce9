"""The demo desk's canned answers: a team's own, or (team None) shared by every team. Found again by title."""

CANNED_ANSWERS = [
    {
        "title": "Registration received, under review",
        "team": None,
        "body": {
            "en": "Thank you for registering. Your registration has been received and is being reviewed by the "
            "co-organiser responsible for your category; you will receive an e-mail as soon as a decision is "
            "made. You can follow its progress on your registration page.",
            "fr": "Merci de votre inscription. Elle a bien été reçue et est examinée par le coorganisateur chargé "
            "de votre catégorie ; vous recevrez un courrier électronique dès qu'une décision sera prise. Vous "
            "pouvez en suivre l'avancement sur votre page d'inscription.",
            "es": "Gracias por inscribirse. Hemos recibido su inscripción y la examina el coorganizador "
            "responsable de su categoría; recibirá un correo electrónico en cuanto se tome una decisión. Puede "
            "seguir su avance en su página de inscripción.",
            "ja": "ご登録ありがとうございます。登録は受け付けられ、区分を担当する共催者が審査しています。結果が"
            "決まりしだい電子メールでお知らせします。進み具合は登録ページでご確認いただけます。",
        },
    },
    {
        "title": "Visa-support letter",
        "team": "secretariat",
        "body": {
            "en": "Once your registration is approved, you can download a visa-support letter from your "
            "registration page. The letter does not guarantee a visa and implies no financial support; please "
            "apply to the Embassy or Consulate of Japan at least three weeks before you travel.",
            "fr": "Une fois votre inscription approuvée, vous pouvez télécharger une lettre d'appui à la demande "
            "de visa depuis votre page d'inscription. La lettre ne garantit pas l'obtention du visa et "
            "n'implique aucune prise en charge financière ; adressez votre demande à l'ambassade ou au consulat "
            "du Japon au moins trois semaines avant votre départ.",
            "es": "Una vez aprobada su inscripción, puede descargar una carta de apoyo a la solicitud de visado "
            "desde su página de inscripción. La carta no garantiza el visado ni implica apoyo financiero; "
            "presente su solicitud en la Embajada o el Consulado del Japón al menos tres semanas antes del viaje.",
            "ar": "بعد الموافقة على تسجيلك، يمكنك تنزيل رسالة دعم طلب التأشيرة من صفحة تسجيلك. ولا تضمن الرسالة "
            "الحصول على التأشيرة ولا تعني أي دعم مالي؛ يُرجى تقديم الطلب إلى سفارة اليابان أو قنصليتها قبل "
            "السفر بثلاثة أسابيع على الأقل.",
            "ja": "登録が承認されると、登録ページからビザ申請用の書簡をダウンロードできます。書簡はビザの発給を保証"
            "するものではなく、費用の負担を意味するものでもありません。渡航の3週間前までに日本大使館・総領事館に"
            "申請してください。",
        },
    },
    {
        "title": "Government delegations: through the focal point",
        "team": "secretariat",
        "body": {
            "en": "Members of a government delegation are nominated by the delegation's focal point at the "
            "Ministry of Foreign Affairs or the Permanent Mission, as listed in the note verbale (up to 10 places "
            "per delegation). Please ask your focal point to add you; we cannot register delegation members "
            "individually.",
            "fr": "Les membres d'une délégation gouvernementale sont désignés par le correspondant de la "
            "délégation au Ministère des affaires étrangères ou à la Mission permanente, conformément à la note "
            "verbale (10 places au plus par délégation). Veuillez demander à votre correspondant de vous "
            "ajouter ; nous ne pouvons pas inscrire individuellement les membres d'une délégation.",
            "es": "Los miembros de una delegación gubernamental los inscribe el coordinador de la delegación en el "
            "Ministerio de Relaciones Exteriores o la Misión Permanente, según la nota verbal (hasta 10 plazas por "
            "delegación). Pida a su coordinador que lo inscriba; no podemos inscribir individualmente a los "
            "miembros de una delegación.",
            "ru": "Членов правительственной делегации выдвигает координатор делегации в министерстве "
            "иностранных дел или постоянном представительстве в соответствии с вербальной нотой (не более 10 "
            "мест на делегацию). Пожалуйста, попросите вашего координатора добавить вас: мы не можем "
            "регистрировать членов делегаций по отдельности.",
        },
    },
    {
        "title": "Media accreditation: what to send",
        "team": "communications",
        "body": {
            "en": "Please apply in the media category on the Congress site with a letter of assignment signed by "
            "your editor, a press card and an identity document, and accept UNICEF's ethical guidelines for "
            "reporting on children. Media accreditation closes on 10 December 2001.",
            "fr": "Veuillez vous inscrire dans la catégorie « Médias » du site du Congrès avec une lettre de "
            "mission signée par votre rédacteur en chef, une carte de presse et une pièce d'identité, et accepter "
            "les principes éthiques de l'UNICEF pour les reportages sur les enfants. L'accréditation des médias "
            "est close le 10 décembre 2001.",
            "es": "Inscríbase en la categoría de medios de comunicación del sitio del Congreso con una carta de "
            "asignación firmada por su editor, un carné de prensa y un documento de identidad, y acepte las "
            "directrices éticas del UNICEF para informar sobre la infancia. La acreditación de prensa se cierra "
            "el 10 de diciembre de 2001.",
            "ja": "会議サイトの「報道関係者」の区分で、編集責任者の署名入りの取材依頼状、記者証、身分証明書を添えて"
            "申請し、子どもに関する報道についてのユニセフの倫理指針に同意してください。取材登録の締切は2001年12月"
            "10日です。",
        },
    },
    {
        "title": "Youth event: consent and the accompanying adult",
        "team": "unicef",
        "body": {
            "en": "When a young person is nominated, their parent or guardian receives an e-mail with a link to "
            "the consent page, where they give consent online (a paper form returned through the nominating "
            "organisation is accepted too). The young person gives their own agreement, and a registered adult "
            "accompanies them at all times in Kawasaki and Yokohama.",
            "fr": "Lorsqu'un jeune est présenté, son parent ou tuteur reçoit un courrier électronique avec un lien "
            "vers la page de consentement, où il donne son accord en ligne (un formulaire papier remis à "
            "l'organisation qui présente le jeune est aussi accepté). Le jeune donne son propre accord, et un "
            "adulte inscrit l'accompagne en permanence à Kawasaki et à Yokohama.",
            "es": "Cuando se propone a un joven, su madre, padre o tutor recibe un correo con un enlace a la página "
            "de consentimiento, donde da su autorización en línea (también se acepta un formulario en papel "
            "entregado a la organización que lo propone). El joven da su propio acuerdo, y un adulto inscrito lo "
            "acompaña en todo momento en Kawasaki y Yokohama.",
            "ja": "若者が推薦されると、保護者に同意ページへのリンクを記した電子メールが届き、オンラインで同意できます"
            "（推薦団体を通じて提出する紙の用紙も受け付けます）。若者本人も自ら同意し、川崎と横浜では登録された"
            "大人が常に付き添います。",
        },
    },
    {
        "title": "NGO accreditation dossier",
        "team": "ngo-group",
        "body": {
            "en": "NGOs without ECOSOC consultative status add an accreditation dossier to their registration: "
            "purpose, activities relevant to the Congress, latest annual report and financial statement, "
            "governing body and constitution. Documents in any of the Congress's languages are accepted.",
            "fr": "Les ONG sans statut consultatif auprès de l'ECOSOC joignent à leur inscription un dossier "
            "d'accréditation : objet, activités en rapport avec le Congrès, dernier rapport annuel et états "
            "financiers, organe directeur et statuts. Les documents sont acceptés dans chacune des langues du "
            "Congrès.",
            "es": "Las ONG que no son entidades consultivas del ECOSOC añaden a su inscripción un expediente de "
            "acreditación: objeto, actividades relacionadas con el Congreso, último informe anual y estados "
            "financieros, órgano de gobierno y estatutos. Se aceptan documentos en cualquiera de los idiomas del "
            "Congreso.",
            "ru": "НПО без консультативного статуса при ЭКОСОС прилагают к регистрации досье: цели, деятельность, "
            "связанная с темой Конгресса, последний годовой отчёт и финансовая отчётность, руководящий орган и "
            "устав. Документы принимаются на любом из языков Конгресса.",
        },
    },
    {
        "title": "The travel and tourism Code of Conduct",
        "team": "ecpat",
        "body": {
            "en": "The Code of Conduct for the Protection of Children from Sexual Exploitation in Travel and "
            "Tourism asks companies to adopt an ethical policy, train their staff, add a clause to their "
            "contracts with suppliers, inform travellers and local key persons, and report every year. The ECPAT "
            "group in your country can help your company sign it.",
            "fr": "Le code de conduite pour la protection des enfants contre l'exploitation sexuelle dans le "
            "tourisme et les voyages demande aux entreprises d'adopter une politique éthique, de former leur "
            "personnel, d'introduire une clause dans leurs contrats avec les fournisseurs, d'informer les "
            "voyageurs et les acteurs locaux, et de rendre compte chaque année. Le groupe ECPAT de votre pays "
            "peut accompagner votre entreprise pour y adhérer.",
            "es": "El Código de Conducta para la Protección de los Niños contra la Explotación Sexual en el "
            "Turismo y los Viajes pide a las empresas adoptar una política ética, formar a su personal, incluir "
            "una cláusula en sus contratos con proveedores, informar a los viajeros y a los actores locales, e "
            "informar cada año. El grupo de ECPAT de su país puede ayudar a su empresa a adherirse.",
        },
    },
]
