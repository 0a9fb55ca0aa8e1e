-- Convention articles as data (issue 15, item 5): "a table of the UN Convention against Cybercrime's
-- and the Budapest Convention's articles (number, chapter, title in six languages) that indicators
-- reference by foreign key".
--
-- convention_articles holds the rows of prisma/frameworks/convention-articles.json (the source; the
-- seed keeps the table equal to it at every start, so a corrected title needs no migration).
-- indicator_articles replaces indicators.uncac_articles and indicators.budapest_articles: the
-- existing references move into it, then the two columns go. Like the rest of a version's
-- structure, an indicator's references change only while its version is a draft (trigger below).

-- CreateEnum
CREATE TYPE "Convention" AS ENUM ('UNCC', 'BUDAPEST');

-- CreateTable
CREATE TABLE "convention_articles" (
    "convention" "Convention" NOT NULL,
    "number" INTEGER NOT NULL,
    "chapter" INTEGER NOT NULL,
    "title" JSONB NOT NULL,

    CONSTRAINT "convention_articles_pkey" PRIMARY KEY ("convention","number")
);

-- CreateTable
CREATE TABLE "indicator_articles" (
    "indicator_id" UUID NOT NULL,
    "convention" "Convention" NOT NULL,
    "number" INTEGER NOT NULL,

    CONSTRAINT "indicator_articles_pkey" PRIMARY KEY ("indicator_id","convention","number")
);

-- CreateIndex
CREATE INDEX "indicator_articles_convention_number_idx" ON "indicator_articles"("convention", "number");

-- AddForeignKey
ALTER TABLE "indicator_articles" ADD CONSTRAINT "indicator_articles_indicator_id_fkey" FOREIGN KEY ("indicator_id") REFERENCES "indicators"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey: an article's number is what it is; one that indicators reference is never renumbered or removed.
ALTER TABLE "indicator_articles" ADD CONSTRAINT "indicator_articles_convention_number_fkey" FOREIGN KEY ("convention", "number") REFERENCES "convention_articles"("convention", "number") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- The articles. Generated from prisma/frameworks/convention-articles.json by
-- `npx tsx scripts/convention-articles-sql.ts` (re-run it to reproduce this statement); do not edit
-- by hand: this migration is applied already, and later corrections of the file reach the table
-- through the seed.
INSERT INTO "convention_articles" ("convention", "number", "chapter", "title") VALUES
  ('UNCC', 1, 1, '{"en":"Statement of purpose","fr":"Objet","es":"Finalidad","ru":"Цели","zh":"宗旨","ar":"بيان الأغراض"}'),
  ('UNCC', 2, 1, '{"en":"Use of terms","fr":"Terminologie","es":"Definiciones","ru":"Термины","zh":"术语的使用","ar":"المصطلحات المستخدمة"}'),
  ('UNCC', 3, 1, '{"en":"Scope of application","fr":"Champ d''application","es":"Ámbito de aplicación","ru":"Сфера применения","zh":"适用范围","ar":"نطاق الانطباق"}'),
  ('UNCC', 4, 1, '{"en":"Offences established in accordance with other United Nations conventions and protocols","fr":"Infractions établies conformément à d''autres conventions et protocoles des Nations Unies","es":"Delitos tipificados de conformidad con otras convenciones y protocolos de las Naciones Unidas","ru":"Преступления, признанные таковыми в соответствии с другими конвенциями и протоколами Организации Объединенных Наций","zh":"根据其他联合国公约和议定书确立的犯罪","ar":"الجرائم المقرَّرة وفقاً لاتفاقيات الأمم المتحدة وبروتوكولاتها الأخرى"}'),
  ('UNCC', 5, 1, '{"en":"Protection of sovereignty","fr":"Protection de la souveraineté","es":"Protección de la soberanía","ru":"Защита суверенитета","zh":"保护主权","ar":"صون السيادة"}'),
  ('UNCC', 6, 1, '{"en":"Respect for human rights","fr":"Respect des droits de l''homme","es":"Respeto de los derechos humanos","ru":"Уважение прав человека","zh":"尊重人权","ar":"احترام حقوق الإنسان"}'),
  ('UNCC', 7, 2, '{"en":"Illegal access","fr":"Accès illicite","es":"Acceso ilícito","ru":"Незаконный доступ","zh":"非法访问","ar":"الوصول غير المشروع"}'),
  ('UNCC', 8, 2, '{"en":"Illegal interception","fr":"Interception illicite","es":"Interceptación ilícita","ru":"Незаконный перехват","zh":"非法拦截","ar":"الاعتراض غير المشروع"}'),
  ('UNCC', 9, 2, '{"en":"Interference with electronic data","fr":"Atteinte aux données électroniques","es":"Interferencia en los datos electrónicos","ru":"Воздействие на электронные данные","zh":"干扰电子数据","ar":"التدخل في البيانات الإلكترونية"}'),
  ('UNCC', 10, 2, '{"en":"Interference with an information and communications technology system","fr":"Atteinte à un système de technologies de l''information et des communications","es":"Interferencia en un sistema de tecnologías de la información y las comunicaciones","ru":"Воздействие на информационно-коммуникационную систему","zh":"干扰信息和通信技术系统","ar":"التدخل في نظام لتكنولوجيا المعلومات والاتصالات"}'),
  ('UNCC', 11, 2, '{"en":"Misuse of devices","fr":"Usage abusif de dispositifs","es":"Uso indebido de dispositivos","ru":"Неправомерное использование устройств","zh":"滥用装置","ar":"إساءة استخدام الأجهزة"}'),
  ('UNCC', 12, 2, '{"en":"Information and communications technology system-related forgery","fr":"Falsification liée à un système de technologies de l''information et des communications","es":"Falsificación relacionada con un sistema de tecnologías de la información y las comunicaciones","ru":"Подлог с использованием информационно-коммуникационной системы","zh":"与信息和通信技术系统有关的伪造","ar":"التزوير المتصل بنظام لتكنولوجيا المعلومات والاتصالات"}'),
  ('UNCC', 13, 2, '{"en":"Information and communications technology system-related theft or fraud","fr":"Vol ou fraude liés à un système de technologies de l''information et des communications","es":"Hurto o fraude relacionados con un sistema de tecnologías de la información y las comunicaciones","ru":"Хищение или мошенничество с использованием информационно-коммуникационной системы","zh":"与信息和通信技术系统有关的盗窃或诈骗","ar":"السرقة أو الاحتيال المتصلان بنظام لتكنولوجيا المعلومات والاتصالات"}'),
  ('UNCC', 14, 2, '{"en":"Offences related to online child sexual abuse or child sexual exploitation material","fr":"Infractions liées aux contenus en ligne montrant des abus sexuels ou une exploitation sexuelle d''enfants","es":"Delitos relacionados con material en línea que muestre abuso sexual o explotación sexual de niños","ru":"Преступления, связанные с размещенными в Интернете материалами, содержащими сцены сексуального насилия над детьми или их сексуальной эксплуатации","zh":"与在线儿童性虐待或儿童性剥削材料有关的犯罪","ar":"الجرائم المتصلة بمواد الاعتداء الجنسي على الأطفال أو استغلالهم جنسياً على الإنترنت"}'),
  ('UNCC', 15, 2, '{"en":"Offences related to the solicitation or grooming for the purpose of committing a sexual offence against a child","fr":"Infractions liées à la sollicitation ou à la manipulation psychologique en vue de commettre une infraction sexuelle contre un enfant","es":"Delitos relacionados con la captación o el embaucamiento con el fin de cometer un delito sexual contra un niño","ru":"Преступления, связанные с домогательством или склонением в целях совершения преступления сексуального характера в отношении ребенка","zh":"与为对儿童实施性犯罪而进行引诱或诱骗有关的犯罪","ar":"الجرائم المتصلة بالاستدراج أو التغرير بغرض ارتكاب جريمة جنسية ضد طفل"}'),
  ('UNCC', 16, 2, '{"en":"Non-consensual dissemination of intimate images","fr":"Diffusion non consentie d''images intimes","es":"Difusión no consentida de imágenes íntimas","ru":"Распространение интимных изображений без согласия","zh":"未经同意传播私密图像","ar":"نشر الصور الحميمة دون موافقة"}'),
  ('UNCC', 17, 2, '{"en":"Laundering of proceeds of crime","fr":"Blanchiment du produit du crime","es":"Blanqueo del producto del delito","ru":"Отмывание доходов от преступлений","zh":"对犯罪所得的洗钱","ar":"غسل عائدات الجرائم"}'),
  ('UNCC', 18, 2, '{"en":"Liability of legal persons","fr":"Responsabilité des personnes morales","es":"Responsabilidad de las personas jurídicas","ru":"Ответственность юридических лиц","zh":"法人责任","ar":"مسؤولية الهيئات الاعتبارية"}'),
  ('UNCC', 19, 2, '{"en":"Participation and attempt","fr":"Participation et tentative","es":"Participación y tentativa","ru":"Участие и покушение","zh":"参与和未遂","ar":"المشاركة والشروع"}'),
  ('UNCC', 20, 2, '{"en":"Statute of limitations","fr":"Prescription","es":"Prescripción","ru":"Срок давности","zh":"时效","ar":"التقادم"}'),
  ('UNCC', 21, 2, '{"en":"Prosecution, adjudication and sanctions","fr":"Poursuites judiciaires, jugement et sanctions","es":"Proceso, fallo y sanciones","ru":"Преследование, вынесение судебного решения и санкции","zh":"起诉、审判和制裁","ar":"الملاحقة والمقاضاة والجزاءات"}'),
  ('UNCC', 22, 3, '{"en":"Jurisdiction","fr":"Compétence","es":"Jurisdicción","ru":"Юрисдикция","zh":"管辖权","ar":"الولاية القضائية"}'),
  ('UNCC', 23, 4, '{"en":"Scope of procedural measures","fr":"Portée des mesures procédurales","es":"Ámbito de aplicación de las medidas procesales","ru":"Сфера применения процессуальных мер","zh":"程序措施的范围","ar":"نطاق التدابير الإجرائية"}'),
  ('UNCC', 24, 4, '{"en":"Conditions and safeguards","fr":"Conditions et garanties","es":"Condiciones y salvaguardias","ru":"Условия и гарантии","zh":"条件和保障措施","ar":"الشروط والضمانات"}'),
  ('UNCC', 25, 4, '{"en":"Expedited preservation of stored electronic data","fr":"Conservation rapide de données électroniques stockées","es":"Conservación rápida de datos electrónicos almacenados","ru":"Оперативное обеспечение сохранности хранимых электронных данных","zh":"快速保全存储的电子数据","ar":"التعجيل بحفظ البيانات الإلكترونية المخزَّنة"}'),
  ('UNCC', 26, 4, '{"en":"Expedited preservation and partial disclosure of traffic data","fr":"Conservation et divulgation partielle rapides de données relatives au trafic","es":"Conservación y revelación parcial rápidas de datos relativos al tráfico","ru":"Оперативное обеспечение сохранности и частичное раскрытие данных о трафике","zh":"快速保全并部分披露流量数据","ar":"التعجيل بحفظ بيانات الحركة والكشف الجزئي عنها"}'),
  ('UNCC', 27, 4, '{"en":"Production order","fr":"Injonction de produire","es":"Orden de presentación","ru":"Распоряжение о предоставлении","zh":"提交令","ar":"أمر التقديم"}'),
  ('UNCC', 28, 4, '{"en":"Search and seizure of stored electronic data","fr":"Perquisition et saisie de données électroniques stockées","es":"Registro e incautación de datos electrónicos almacenados","ru":"Обыск и выемка хранимых электронных данных","zh":"搜查和扣押存储的电子数据","ar":"تفتيش البيانات الإلكترونية المخزَّنة وضبطها"}'),
  ('UNCC', 29, 4, '{"en":"Real-time collection of traffic data","fr":"Collecte en temps réel de données relatives au trafic","es":"Obtención en tiempo real de datos relativos al tráfico","ru":"Сбор данных о трафике в режиме реального времени","zh":"实时收集流量数据","ar":"جمع بيانات الحركة في الوقت الحقيقي"}'),
  ('UNCC', 30, 4, '{"en":"Interception of content data","fr":"Interception de données relatives au contenu","es":"Interceptación de datos relativos al contenido","ru":"Перехват данных о содержании","zh":"拦截内容数据","ar":"اعتراض بيانات المحتوى"}'),
  ('UNCC', 31, 4, '{"en":"Freezing, seizure and confiscation of the proceeds of crime","fr":"Gel, saisie et confiscation du produit du crime","es":"Embargo preventivo, incautación y decomiso del producto del delito","ru":"Замораживание, арест и конфискация доходов от преступлений","zh":"冻结、扣押和没收犯罪所得","ar":"تجميد عائدات الجرائم وحجزها ومصادرتها"}'),
  ('UNCC', 32, 4, '{"en":"Establishment of criminal record","fr":"Établissement des antécédents judiciaires","es":"Establecimiento de antecedentes penales","ru":"Учет сведений о судимости","zh":"建立犯罪记录","ar":"إنشاء السجل الجنائي"}'),
  ('UNCC', 33, 4, '{"en":"Protection of witnesses","fr":"Protection des témoins","es":"Protección de los testigos","ru":"Защита свидетелей","zh":"保护证人","ar":"حماية الشهود"}'),
  ('UNCC', 34, 4, '{"en":"Assistance to and protection of victims","fr":"Assistance et protection accordées aux victimes","es":"Asistencia y protección a las víctimas","ru":"Помощь потерпевшим и их защита","zh":"帮助和保护被害人","ar":"مساعدة الضحايا وحمايتهم"}'),
  ('UNCC', 35, 5, '{"en":"General principles of international cooperation","fr":"Principes généraux de la coopération internationale","es":"Principios generales de la cooperación internacional","ru":"Общие принципы международного сотрудничества","zh":"国际合作的一般原则","ar":"المبادئ العامة للتعاون الدولي"}'),
  ('UNCC', 36, 5, '{"en":"Protection of personal data","fr":"Protection des données personnelles","es":"Protección de los datos personales","ru":"Защита персональных данных","zh":"保护个人数据","ar":"حماية البيانات الشخصية"}'),
  ('UNCC', 37, 5, '{"en":"Extradition","fr":"Extradition","es":"Extradición","ru":"Выдача","zh":"引渡","ar":"تسليم المجرمين"}'),
  ('UNCC', 38, 5, '{"en":"Transfer of sentenced persons","fr":"Transfèrement des personnes condamnées","es":"Traslado de personas condenadas","ru":"Передача осужденных лиц","zh":"被判刑人的移交","ar":"نقل الأشخاص المحكوم عليهم"}'),
  ('UNCC', 39, 5, '{"en":"Transfer of criminal proceedings","fr":"Transfert des procédures pénales","es":"Remisión de actuaciones penales","ru":"Передача уголовного производства","zh":"刑事诉讼的移交","ar":"نقل الإجراءات الجنائية"}'),
  ('UNCC', 40, 5, '{"en":"General principles and procedures relating to mutual legal assistance","fr":"Principes généraux et procédures relatifs à l''entraide judiciaire","es":"Principios generales y procedimientos relativos a la asistencia judicial recíproca","ru":"Общие принципы и процедуры, касающиеся взаимной правовой помощи","zh":"与司法协助有关的一般原则和程序","ar":"المبادئ العامة والإجراءات المتعلقة بالمساعدة القانونية المتبادلة"}'),
  ('UNCC', 41, 5, '{"en":"24/7 network","fr":"Réseau 24/7","es":"Red 24/7","ru":"Сеть 24/7","zh":"24/7 网络","ar":"شبكة الاتصال العاملة على مدار الساعة طوال أيام الأسبوع"}'),
  ('UNCC', 42, 5, '{"en":"International cooperation for the purpose of expedited preservation of stored electronic data","fr":"Coopération internationale aux fins de la conservation rapide de données électroniques stockées","es":"Cooperación internacional a efectos de la conservación rápida de datos electrónicos almacenados","ru":"Международное сотрудничество в целях оперативного обеспечения сохранности хранимых электронных данных","zh":"为快速保全存储的电子数据而开展的国际合作","ar":"التعاون الدولي لغرض التعجيل بحفظ البيانات الإلكترونية المخزَّنة"}'),
  ('UNCC', 43, 5, '{"en":"International cooperation for the purpose of expedited disclosure of preserved traffic data","fr":"Coopération internationale aux fins de la divulgation rapide de données relatives au trafic conservées","es":"Cooperación internacional a efectos de la revelación rápida de datos relativos al tráfico conservados","ru":"Международное сотрудничество в целях оперативного раскрытия сохраненных данных о трафике","zh":"为快速披露所保全的流量数据而开展的国际合作","ar":"التعاون الدولي لغرض التعجيل بالكشف عن بيانات الحركة المحفوظة"}'),
  ('UNCC', 44, 5, '{"en":"Mutual legal assistance in accessing stored electronic data","fr":"Entraide judiciaire aux fins de l''accès à des données électroniques stockées","es":"Asistencia judicial recíproca para acceder a datos electrónicos almacenados","ru":"Взаимная правовая помощь в получении доступа к хранимым электронным данным","zh":"在访问存储的电子数据方面的司法协助","ar":"المساعدة القانونية المتبادلة في الوصول إلى البيانات الإلكترونية المخزَّنة"}'),
  ('UNCC', 45, 5, '{"en":"Mutual legal assistance in the real-time collection of traffic data","fr":"Entraide judiciaire aux fins de la collecte en temps réel de données relatives au trafic","es":"Asistencia judicial recíproca en la obtención en tiempo real de datos relativos al tráfico","ru":"Взаимная правовая помощь в сборе данных о трафике в режиме реального времени","zh":"在实时收集流量数据方面的司法协助","ar":"المساعدة القانونية المتبادلة في جمع بيانات الحركة في الوقت الحقيقي"}'),
  ('UNCC', 46, 5, '{"en":"Mutual legal assistance in the interception of content data","fr":"Entraide judiciaire aux fins de l''interception de données relatives au contenu","es":"Asistencia judicial recíproca en la interceptación de datos relativos al contenido","ru":"Взаимная правовая помощь в перехвате данных о содержании","zh":"在拦截内容数据方面的司法协助","ar":"المساعدة القانونية المتبادلة في اعتراض بيانات المحتوى"}'),
  ('UNCC', 47, 5, '{"en":"Law enforcement cooperation","fr":"Coopération entre les services de détection et de répression","es":"Cooperación en materia de cumplimiento de la ley","ru":"Сотрудничество между правоохранительными органами","zh":"执法合作","ar":"التعاون في مجال إنفاذ القانون"}'),
  ('UNCC', 48, 5, '{"en":"Joint investigations","fr":"Enquêtes conjointes","es":"Investigaciones conjuntas","ru":"Совместные расследования","zh":"联合侦查","ar":"التحقيقات المشتركة"}'),
  ('UNCC', 49, 5, '{"en":"Mechanisms for the recovery of property through international cooperation in confiscation","fr":"Mécanismes de recouvrement de biens par la coopération internationale aux fins de confiscation","es":"Mecanismos de recuperación de bienes mediante la cooperación internacional para fines de decomiso","ru":"Механизмы изъятия имущества посредством международного сотрудничества в деле конфискации","zh":"通过没收事宜国际合作追回资产的机制","ar":"آليات استرداد الممتلكات من خلال التعاون الدولي في مجال المصادرة"}'),
  ('UNCC', 50, 5, '{"en":"International cooperation for purposes of confiscation","fr":"Coopération internationale aux fins de confiscation","es":"Cooperación internacional para fines de decomiso","ru":"Международное сотрудничество в целях конфискации","zh":"为没收事宜而开展的国际合作","ar":"التعاون الدولي لأغراض المصادرة"}'),
  ('UNCC', 51, 5, '{"en":"Special cooperation","fr":"Coopération spéciale","es":"Cooperación especial","ru":"Специальное сотрудничество","zh":"特别合作","ar":"التعاون الخاص"}'),
  ('UNCC', 52, 5, '{"en":"Return and disposal of confiscated proceeds of crime or property","fr":"Restitution du produit du crime ou des biens confisqués et disposition de ceux-ci","es":"Devolución y disposición del producto del delito o de los bienes decomisados","ru":"Возвращение конфискованных доходов от преступлений или имущества и распоряжение ими","zh":"返还和处分没收的犯罪所得或财产","ar":"إرجاع عائدات الجرائم أو الممتلكات المصادرة والتصرف فيها"}'),
  ('UNCC', 53, 6, '{"en":"Preventive measures","fr":"Mesures de prévention","es":"Medidas preventivas","ru":"Меры по предупреждению","zh":"预防措施","ar":"التدابير الوقائية"}'),
  ('UNCC', 54, 7, '{"en":"Technical assistance and capacity-building","fr":"Assistance technique et renforcement des capacités","es":"Asistencia técnica y creación de capacidad","ru":"Техническая помощь и создание потенциала","zh":"技术援助和能力建设","ar":"المساعدة التقنية وبناء القدرات"}'),
  ('UNCC', 55, 7, '{"en":"Exchange of information","fr":"Échange d''informations","es":"Intercambio de información","ru":"Обмен информацией","zh":"信息交流","ar":"تبادل المعلومات"}'),
  ('UNCC', 56, 7, '{"en":"Implementation of the Convention through economic development and technical assistance","fr":"Application de la Convention par le développement économique et l''assistance technique","es":"Aplicación de la Convención mediante el desarrollo económico y la asistencia técnica","ru":"Осуществление Конвенции посредством экономического развития и технической помощи","zh":"通过经济发展和技术援助实施本公约","ar":"تنفيذ الاتفاقية من خلال التنمية الاقتصادية والمساعدة التقنية"}'),
  ('UNCC', 57, 8, '{"en":"Conference of the States Parties to the Convention","fr":"Conférence des États Parties à la Convention","es":"Conferencia de los Estados Partes en la Convención","ru":"Конференция Государств — участников Конвенции","zh":"公约缔约国会议","ar":"مؤتمر الدول الأطراف في الاتفاقية"}'),
  ('UNCC', 58, 8, '{"en":"Secretariat","fr":"Secrétariat","es":"Secretaría","ru":"Секретариат","zh":"秘书处","ar":"الأمانة"}'),
  ('UNCC', 59, 9, '{"en":"Implementation of the Convention","fr":"Application de la Convention","es":"Aplicación de la Convención","ru":"Осуществление Конвенции","zh":"公约的实施","ar":"تنفيذ الاتفاقية"}'),
  ('UNCC', 60, 9, '{"en":"Effects of the Convention","fr":"Effets de la Convention","es":"Efectos de la Convención","ru":"Последствия Конвенции","zh":"公约的效力","ar":"آثار الاتفاقية"}'),
  ('UNCC', 61, 9, '{"en":"Relation with protocols","fr":"Relation avec les protocoles","es":"Relación con los protocolos","ru":"Связь с протоколами","zh":"与议定书的关系","ar":"العلاقة بالبروتوكولات"}'),
  ('UNCC', 62, 9, '{"en":"Adoption of supplementary protocols","fr":"Adoption de protocoles additionnels","es":"Aprobación de protocolos complementarios","ru":"Принятие дополнительных протоколов","zh":"补充议定书的通过","ar":"اعتماد البروتوكولات الإضافية"}'),
  ('UNCC', 63, 9, '{"en":"Settlement of disputes","fr":"Règlement des différends","es":"Solución de controversias","ru":"Урегулирование споров","zh":"争端的解决","ar":"تسوية النزاعات"}'),
  ('UNCC', 64, 9, '{"en":"Signature, ratification, acceptance, approval and accession","fr":"Signature, ratification, acceptation, approbation et adhésion","es":"Firma, ratificación, aceptación, aprobación y adhesión","ru":"Подписание, ратификация, принятие, утверждение и присоединение","zh":"签署、批准、接受、核准和加入","ar":"التوقيع والتصديق والقبول والإقرار والانضمام"}'),
  ('UNCC', 65, 9, '{"en":"Entry into force","fr":"Entrée en vigueur","es":"Entrada en vigor","ru":"Вступление в силу","zh":"生效","ar":"بدء النفاذ"}'),
  ('UNCC', 66, 9, '{"en":"Amendment","fr":"Amendement","es":"Enmienda","ru":"Поправки","zh":"修正","ar":"التعديل"}'),
  ('UNCC', 67, 9, '{"en":"Denunciation","fr":"Dénonciation","es":"Denuncia","ru":"Денонсация","zh":"退约","ar":"الانسحاب"}'),
  ('UNCC', 68, 9, '{"en":"Depositary and languages","fr":"Dépositaire et langues","es":"Depositario e idiomas","ru":"Депозитарий и языки","zh":"保存人和语文","ar":"الوديع واللغات"}'),
  ('BUDAPEST', 1, 1, '{"en":"Definitions","fr":"Définitions","es":"Definiciones","ru":"Определения","zh":"定义","ar":"التعاريف"}'),
  ('BUDAPEST', 2, 2, '{"en":"Illegal access","fr":"Accès illégal","es":"Acceso ilícito","ru":"Незаконный доступ","zh":"非法访问","ar":"الوصول غير المشروع"}'),
  ('BUDAPEST', 3, 2, '{"en":"Illegal interception","fr":"Interception illégale","es":"Interceptación ilícita","ru":"Неправомерный перехват","zh":"非法拦截","ar":"الاعتراض غير المشروع"}'),
  ('BUDAPEST', 4, 2, '{"en":"Data interference","fr":"Atteinte à l''intégrité des données","es":"Ataques a la integridad de los datos","ru":"Воздействие на данные","zh":"数据干扰","ar":"التدخل في البيانات"}'),
  ('BUDAPEST', 5, 2, '{"en":"System interference","fr":"Atteinte à l''intégrité du système","es":"Ataques a la integridad del sistema","ru":"Воздействие на функционирование системы","zh":"系统干扰","ar":"التدخل في النظام"}'),
  ('BUDAPEST', 6, 2, '{"en":"Misuse of devices","fr":"Abus de dispositifs","es":"Abuso de los dispositivos","ru":"Противозаконное использование устройств","zh":"滥用装置","ar":"إساءة استخدام الأجهزة"}'),
  ('BUDAPEST', 7, 2, '{"en":"Computer-related forgery","fr":"Falsification informatique","es":"Falsificación informática","ru":"Подлог с использованием компьютерных технологий","zh":"与计算机有关的伪造","ar":"التزوير المتصل بالحاسوب"}'),
  ('BUDAPEST', 8, 2, '{"en":"Computer-related fraud","fr":"Fraude informatique","es":"Fraude informático","ru":"Мошенничество с использованием компьютерных технологий","zh":"与计算机有关的诈骗","ar":"الاحتيال المتصل بالحاسوب"}'),
  ('BUDAPEST', 9, 2, '{"en":"Offences related to child pornography","fr":"Infractions se rapportant à la pornographie enfantine","es":"Delitos relacionados con la pornografía infantil","ru":"Преступления, связанные с детской порнографией","zh":"与儿童色情制品有关的犯罪","ar":"الجرائم المتصلة بالمواد الإباحية المتعلقة بالأطفال"}'),
  ('BUDAPEST', 10, 2, '{"en":"Offences related to infringements of copyright and related rights","fr":"Infractions liées aux atteintes à la propriété intellectuelle et aux droits connexes","es":"Delitos relacionados con infracciones de la propiedad intelectual y de los derechos afines","ru":"Преступления, связанные с нарушением авторского права и смежных прав","zh":"与侵犯版权及相关权利有关的犯罪","ar":"الجرائم المتصلة بانتهاك حق المؤلف والحقوق المجاورة"}'),
  ('BUDAPEST', 11, 2, '{"en":"Attempt and aiding or abetting","fr":"Tentative et complicité","es":"Tentativa y complicidad","ru":"Покушение и соучастие","zh":"未遂和协助或教唆","ar":"الشروع والمساعدة أو التحريض"}'),
  ('BUDAPEST', 12, 2, '{"en":"Corporate liability","fr":"Responsabilité des personnes morales","es":"Responsabilidad de las personas jurídicas","ru":"Корпоративная ответственность","zh":"法人责任","ar":"مسؤولية الشركات"}'),
  ('BUDAPEST', 13, 2, '{"en":"Sanctions and measures","fr":"Sanctions et mesures","es":"Sanciones y medidas","ru":"Санкции и меры","zh":"制裁和措施","ar":"الجزاءات والتدابير"}'),
  ('BUDAPEST', 14, 2, '{"en":"Scope of procedural provisions","fr":"Portée d''application des mesures du droit de procédure","es":"Ámbito de aplicación de las disposiciones sobre procedimiento","ru":"Сфера применения процессуальных норм","zh":"程序性规定的范围","ar":"نطاق الأحكام الإجرائية"}'),
  ('BUDAPEST', 15, 2, '{"en":"Conditions and safeguards","fr":"Conditions et sauvegardes","es":"Condiciones y salvaguardas","ru":"Условия и гарантии","zh":"条件和保障","ar":"الشروط والضمانات"}'),
  ('BUDAPEST', 16, 2, '{"en":"Expedited preservation of stored computer data","fr":"Conservation rapide de données informatiques stockées","es":"Conservación rápida de datos informáticos almacenados","ru":"Оперативное обеспечение сохранности хранимых компьютерных данных","zh":"快速保全存储的计算机数据","ar":"التعجيل بحفظ بيانات الحاسوب المخزَّنة"}'),
  ('BUDAPEST', 17, 2, '{"en":"Expedited preservation and partial disclosure of traffic data","fr":"Conservation et divulgation partielle rapides de données relatives au trafic","es":"Conservación y revelación parcial rápidas de los datos sobre el tráfico","ru":"Оперативное обеспечение сохранности и частичное раскрытие данных о трафике","zh":"快速保全并部分披露流量数据","ar":"التعجيل بحفظ بيانات الحركة والكشف الجزئي عنها"}'),
  ('BUDAPEST', 18, 2, '{"en":"Production order","fr":"Injonction de produire","es":"Orden de presentación","ru":"Распоряжение о предъявлении","zh":"提交令","ar":"أمر التقديم"}'),
  ('BUDAPEST', 19, 2, '{"en":"Search and seizure of stored computer data","fr":"Perquisition et saisie de données informatiques stockées","es":"Registro y confiscación de datos informáticos almacenados","ru":"Обыск и выемка хранимых компьютерных данных","zh":"搜查和扣押存储的计算机数据","ar":"تفتيش بيانات الحاسوب المخزَّنة وضبطها"}'),
  ('BUDAPEST', 20, 2, '{"en":"Real-time collection of traffic data","fr":"Collecte en temps réel des données relatives au trafic","es":"Obtención en tiempo real de datos sobre el tráfico","ru":"Сбор данных о трафике в режиме реального времени","zh":"实时收集流量数据","ar":"جمع بيانات الحركة في الوقت الحقيقي"}'),
  ('BUDAPEST', 21, 2, '{"en":"Interception of content data","fr":"Interception de données relatives au contenu","es":"Interceptación de datos sobre el contenido","ru":"Перехват данных о содержании","zh":"拦截内容数据","ar":"اعتراض بيانات المحتوى"}'),
  ('BUDAPEST', 22, 2, '{"en":"Jurisdiction","fr":"Compétence","es":"Jurisdicción","ru":"Юрисдикция","zh":"管辖权","ar":"الولاية القضائية"}'),
  ('BUDAPEST', 23, 3, '{"en":"General principles relating to international co-operation","fr":"Principes généraux relatifs à la coopération internationale","es":"Principios generales relativos a la cooperación internacional","ru":"Общие принципы международного сотрудничества","zh":"与国际合作有关的一般原则","ar":"المبادئ العامة المتعلقة بالتعاون الدولي"}'),
  ('BUDAPEST', 24, 3, '{"en":"Extradition","fr":"Extradition","es":"Extradición","ru":"Выдача","zh":"引渡","ar":"تسليم المجرمين"}'),
  ('BUDAPEST', 25, 3, '{"en":"General principles relating to mutual assistance","fr":"Principes généraux relatifs à l''entraide","es":"Principios generales relativos a la asistencia mutua","ru":"Общие принципы взаимной помощи","zh":"与互助有关的一般原则","ar":"المبادئ العامة المتعلقة بالمساعدة المتبادلة"}'),
  ('BUDAPEST', 26, 3, '{"en":"Spontaneous information","fr":"Information spontanée","es":"Información espontánea","ru":"Информация, предоставляемая по собственной инициативе","zh":"主动提供信息","ar":"المعلومات التلقائية"}'),
  ('BUDAPEST', 27, 3, '{"en":"Procedures pertaining to mutual assistance requests in the absence of applicable international agreements","fr":"Procédures relatives aux demandes d''entraide en l''absence d''accords internationaux applicables","es":"Procedimientos relativos a las solicitudes de asistencia mutua en ausencia de acuerdos internacionales aplicables","ru":"Процедуры направления запросов о взаимной помощи в отсутствие применимых международных соглашений","zh":"在无可适用的国际协定时与互助请求有关的程序","ar":"الإجراءات المتعلقة بطلبات المساعدة المتبادلة في حال عدم وجود اتفاقات دولية واجبة التطبيق"}'),
  ('BUDAPEST', 28, 3, '{"en":"Confidentiality and limitation on use","fr":"Confidentialité et restriction d''utilisation","es":"Confidencialidad y restricción de la utilización","ru":"Конфиденциальность и ограничение использования","zh":"保密和使用限制","ar":"السرية والقيود على الاستخدام"}'),
  ('BUDAPEST', 29, 3, '{"en":"Expedited preservation of stored computer data","fr":"Conservation rapide de données informatiques stockées","es":"Conservación rápida de datos informáticos almacenados","ru":"Оперативное обеспечение сохранности хранимых компьютерных данных","zh":"快速保全存储的计算机数据","ar":"التعجيل بحفظ بيانات الحاسوب المخزَّنة"}'),
  ('BUDAPEST', 30, 3, '{"en":"Expedited disclosure of preserved traffic data","fr":"Divulgation rapide de données conservées","es":"Revelación rápida de datos conservados sobre el tráfico","ru":"Оперативное раскрытие сохраненных данных о трафике","zh":"快速披露所保全的流量数据","ar":"التعجيل بالكشف عن بيانات الحركة المحفوظة"}'),
  ('BUDAPEST', 31, 3, '{"en":"Mutual assistance regarding accessing of stored computer data","fr":"Entraide concernant l''accès aux données stockées","es":"Asistencia mutua en relación con el acceso a datos informáticos almacenados","ru":"Взаимная помощь в отношении доступа к хранимым компьютерным данным","zh":"在访问存储的计算机数据方面的互助","ar":"المساعدة المتبادلة فيما يتعلق بالوصول إلى بيانات الحاسوب المخزَّنة"}'),
  ('BUDAPEST', 32, 3, '{"en":"Trans-border access to stored computer data with consent or where publicly available","fr":"Accès transfrontière à des données stockées, avec consentement ou lorsqu''elles sont accessibles au public","es":"Acceso transfronterizo a datos informáticos almacenados, con consentimiento o cuando estén a disposición del público","ru":"Трансграничный доступ к хранимым компьютерным данным с соответствующего согласия или к общедоступным данным","zh":"经同意或公开可得情况下跨境访问存储的计算机数据","ar":"الوصول عبر الحدود إلى بيانات الحاسوب المخزَّنة بموافقة أو حيثما تكون متاحة للجمهور"}'),
  ('BUDAPEST', 33, 3, '{"en":"Mutual assistance in the real-time collection of traffic data","fr":"Entraide dans la collecte en temps réel de données relatives au trafic","es":"Asistencia mutua para la obtención en tiempo real de datos sobre el tráfico","ru":"Взаимная помощь в сборе данных о трафике в режиме реального времени","zh":"在实时收集流量数据方面的互助","ar":"المساعدة المتبادلة في جمع بيانات الحركة في الوقت الحقيقي"}'),
  ('BUDAPEST', 34, 3, '{"en":"Mutual assistance regarding the interception of content data","fr":"Entraide en matière d''interception de données relatives au contenu","es":"Asistencia mutua en relación con la interceptación de datos sobre el contenido","ru":"Взаимная помощь в перехвате данных о содержании","zh":"在拦截内容数据方面的互助","ar":"المساعدة المتبادلة فيما يتعلق باعتراض بيانات المحتوى"}'),
  ('BUDAPEST', 35, 3, '{"en":"24/7 Network","fr":"Réseau 24/7","es":"Red 24/7","ru":"Сеть 24/7","zh":"24/7 网络","ar":"شبكة الاتصال العاملة على مدار الساعة طوال أيام الأسبوع"}'),
  ('BUDAPEST', 36, 4, '{"en":"Signature and entry into force","fr":"Signature et entrée en vigueur","es":"Firma y entrada en vigor","ru":"Подписание и вступление в силу","zh":"签署和生效","ar":"التوقيع وبدء النفاذ"}'),
  ('BUDAPEST', 37, 4, '{"en":"Accession to the Convention","fr":"Adhésion à la Convention","es":"Adhesión al Convenio","ru":"Присоединение к Конвенции","zh":"加入公约","ar":"الانضمام إلى الاتفاقية"}'),
  ('BUDAPEST', 38, 4, '{"en":"Territorial application","fr":"Application territoriale","es":"Aplicación territorial","ru":"Территориальное применение","zh":"领土适用","ar":"التطبيق الإقليمي"}'),
  ('BUDAPEST', 39, 4, '{"en":"Effects of the Convention","fr":"Effets de la Convention","es":"Efectos del Convenio","ru":"Последствия Конвенции","zh":"公约的效力","ar":"آثار الاتفاقية"}'),
  ('BUDAPEST', 40, 4, '{"en":"Declarations","fr":"Déclarations","es":"Declaraciones","ru":"Заявления","zh":"声明","ar":"الإعلانات"}'),
  ('BUDAPEST', 41, 4, '{"en":"Federal clause","fr":"Clause fédérale","es":"Cláusula federal","ru":"Федеративная оговорка","zh":"联邦条款","ar":"البند الاتحادي"}'),
  ('BUDAPEST', 42, 4, '{"en":"Reservations","fr":"Réserves","es":"Reservas","ru":"Оговорки","zh":"保留","ar":"التحفظات"}'),
  ('BUDAPEST', 43, 4, '{"en":"Status and withdrawal of reservations","fr":"Statut et retrait des réserves","es":"Situación de las reservas y retirada de las mismas","ru":"Статус и снятие оговорок","zh":"保留的状况和撤回","ar":"وضع التحفظات وسحبها"}'),
  ('BUDAPEST', 44, 4, '{"en":"Amendments","fr":"Amendements","es":"Enmiendas","ru":"Поправки","zh":"修正","ar":"التعديلات"}'),
  ('BUDAPEST', 45, 4, '{"en":"Settlement of disputes","fr":"Règlement des différends","es":"Solución de controversias","ru":"Урегулирование споров","zh":"争端的解决","ar":"تسوية النزاعات"}'),
  ('BUDAPEST', 46, 4, '{"en":"Consultations of the Parties","fr":"Concertation des Parties","es":"Consultas entre las Partes","ru":"Консультации Сторон","zh":"缔约方协商","ar":"تشاور الأطراف"}'),
  ('BUDAPEST', 47, 4, '{"en":"Denunciation","fr":"Dénonciation","es":"Denuncia","ru":"Денонсация","zh":"退约","ar":"الانسحاب"}'),
  ('BUDAPEST', 48, 4, '{"en":"Notification","fr":"Notification","es":"Notificación","ru":"Уведомление","zh":"通知","ar":"الإخطار"}');

-- The existing references, from the two arrays. No article is dropped: a number the table lacks
-- fails the foreign key, and the migration with it (the import bounded them to 1..68 and 1..48,
-- which the table covers).
INSERT INTO "indicator_articles" ("indicator_id", "convention", "number")
SELECT DISTINCT i."id", 'UNCC'::"Convention", n FROM "indicators" i, unnest(i."uncac_articles") AS n WHERE n IS NOT NULL
UNION
SELECT DISTINCT i."id", 'BUDAPEST'::"Convention", n FROM "indicators" i, unnest(i."budapest_articles") AS n WHERE n IS NOT NULL;

-- AlterTable
ALTER TABLE "indicators" DROP COLUMN "budapest_articles",
DROP COLUMN "uncac_articles";

-- An indicator's references are part of its version's structure: like the indicator's own columns
-- (framework_refuse_published_change, migrations 20261202020000 and 20261202050000), they may be
-- written only while the version is a draft. A published or retired version's rows are never
-- inserted, deleted or updated, a text revision included (references are not text). An update is
-- checked against the indicator before and after, so a row cannot be moved out of a published
-- version into a draft either.
CREATE FUNCTION "indicator_articles_refuse_published_change"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  v_indicator uuid;
  v_version uuid;
  v_status "FrameworkStatus";
BEGIN
  FOREACH v_indicator IN ARRAY (CASE TG_OP WHEN 'INSERT' THEN ARRAY[NEW."indicator_id"]
                                           WHEN 'DELETE' THEN ARRAY[OLD."indicator_id"]
                                           ELSE ARRAY[OLD."indicator_id", NEW."indicator_id"] END) LOOP
    SELECT i."framework_version_id", f."status" INTO v_version, v_status
      FROM "indicators" i JOIN "framework_versions" f ON f."id" = i."framework_version_id"
      WHERE i."id" = v_indicator;
    -- No such indicator: on DELETE, the indicator is being deleted and this is its cascade (which
    -- the indicator's trigger allowed: a draft's indicator, or a draft's deletion, 20261202020000
    -- (a)); on INSERT or UPDATE, the foreign key refuses the row.
    IF NOT FOUND THEN CONTINUE; END IF;
    IF v_status IS DISTINCT FROM 'DRAFT' THEN
      RAISE EXCEPTION 'framework version % is published and its Convention article references cannot be changed', v_version
        USING ERRCODE = 'check_violation';
    END IF;
  END LOOP;
  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER "indicator_articles_refuse_published_change" BEFORE INSERT OR UPDATE OR DELETE ON "indicator_articles"
  FOR EACH ROW EXECUTE FUNCTION "indicator_articles_refuse_published_change"();
