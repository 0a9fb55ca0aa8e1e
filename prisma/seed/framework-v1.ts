// Assessment framework, version 1.0: six pillars, their indicators and maturity descriptors.
// Indicator texts are in English only for now; `en` is the fallback for the other five languages.
// Article numbers: UN Convention against Cybercrime (GA res. 79/243) and, as a second reference,
// the Budapest Convention (ETS 185). Indicator codes are stable: never reuse one for another meaning.

import type { LocalizedText, PillarSeed } from "./types";

export const frameworkV1Meta: { version: string; name: LocalizedText; description: LocalizedText } = {
  version: "1.0",
  name: {
    en: "Cybercrime Capacity Assessment Framework",
    fr: "Cadre d'évaluation des capacités de lutte contre la cybercriminalité",
    es: "Marco de evaluación de la capacidad de lucha contra la ciberdelincuencia",
    ru: "Рамочная основа для оценки потенциала в области противодействия киберпреступности",
    zh: "打击网络犯罪能力评估框架",
    ar: "إطار تقييم القدرات في مجال مكافحة الجريمة السيبرانية",
  },
  description: {
    en: "First version of the national self-assessment framework: six pillars of capacity to prevent and counter cybercrime, each indicator rated on a five-level maturity scale and referenced to the United Nations Convention against Cybercrime and the Budapest Convention.",
    fr: "Première version du cadre national d'auto-évaluation : six piliers de capacités de prévention et de lutte contre la cybercriminalité, chaque indicateur étant noté sur une échelle de maturité à cinq niveaux et rattaché à la Convention des Nations Unies contre la cybercriminalité et à la Convention de Budapest.",
    es: "Primera versión del marco nacional de autoevaluación: seis pilares de capacidad para prevenir y combatir la ciberdelincuencia, cada indicador calificado en una escala de madurez de cinco niveles y vinculado a la Convención de las Naciones Unidas contra la Ciberdelincuencia y al Convenio de Budapest.",
    ru: "Первая версия рамочной основы для национальной самооценки: шесть основных направлений потенциала в области предупреждения киберпреступности и противодействия ей; каждый показатель оценивается по пятиуровневой шкале зрелости и соотносится с Конвенцией Организации Объединенных Наций против киберпреступности и Будапештской конвенцией.",
    zh: "国家自我评估框架第一版：预防和打击网络犯罪能力的六大支柱，每项指标按五级成熟度等级评分，并对照《联合国打击网络犯罪公约》和《布达佩斯公约》。",
    ar: "الإصدار الأول من إطار التقييم الذاتي الوطني: ست ركائز للقدرة على منع الجريمة السيبرانية ومكافحتها، يُقيَّم كل مؤشر فيها على سلّم نضج من خمسة مستويات ويُربط باتفاقية الأمم المتحدة لمكافحة الجريمة السيبرانية واتفاقية بودابست.",
  },
};

export const frameworkV1Pillars: PillarSeed[] = [
  // ---------------------------------------------------------------------------------------------
  {
    code: "PRE",
    name: {
      en: "Prevention and awareness",
      fr: "Prévention et sensibilisation",
      es: "Prevención y sensibilización",
      ru: "Предупреждение и повышение осведомленности",
      zh: "预防和提高认识",
      ar: "الوقاية والتوعية",
    },
    description: {
      en: "National strategy and coordination, public awareness, reporting channels and support for victims, public-private partnerships and knowledge of cybercrime trends.",
      fr: "Stratégie et coordination nationales, sensibilisation du public, mécanismes de signalement et soutien aux victimes, partenariats public-privé et connaissance des tendances de la cybercriminalité.",
      es: "Estrategia y coordinación nacionales, sensibilización del público, canales de denuncia y apoyo a las víctimas, alianzas público-privadas y conocimiento de las tendencias de la ciberdelincuencia.",
      ru: "Национальная стратегия и координация, повышение осведомленности населения, каналы сообщения о преступлениях и поддержка потерпевших, государственно-частное партнерство и изучение тенденций киберпреступности.",
      zh: "国家战略与协调、提高公众认识、举报渠道和受害者支助、公私伙伴关系以及对网络犯罪趋势的了解。",
      ar: "الاستراتيجية والتنسيق على الصعيد الوطني، وتوعية الجمهور، وقنوات الإبلاغ ودعم الضحايا، والشراكات بين القطاعين العام والخاص، والمعرفة باتجاهات الجريمة السيبرانية.",
    },
    indicators: [
      {
        code: "PRE-01",
        weight: 3,
        title: { en: "National cybercrime strategy" },
        question: {
          en: "Does the country have a national strategy or action plan against cybercrime that is adopted, funded and being implemented?",
        },
        guidance: {
          en: "Look for a document adopted at government level that sets objectives, lead agencies, timelines and a budget for preventing and countering cybercrime; it may be a stand-alone strategy or a distinct chapter of a wider cybersecurity or crime-prevention strategy. Judge implementation, not only adoption: a strategy whose implementation has never been monitored is at most level 2.",
        },
        levels: [
          { en: "There is no national strategy or plan that addresses cybercrime." },
          { en: "Cybercrime is mentioned in policy statements or in a draft strategy, but nothing has been adopted or assigned to lead agencies." },
          { en: "A strategy or action plan covering cybercrime is adopted with named lead agencies, but funding is partial and few of its actions have started." },
          { en: "The strategy is funded and implemented: lead agencies deliver their actions and report progress to a coordinating body." },
          { en: "Implementation is monitored against indicators, independently reviewed, and the strategy is revised on schedule in light of results and new threats." },
        ],
        evidenceGuidance: {
          en: "The adopted strategy or action plan and the act adopting it; budget lines; progress or monitoring reports; minutes of the steering body; evaluation or review reports.",
        },
        uncacArticles: [53, 54],
        budapestArticles: [],
      },
      {
        code: "PRE-02",
        weight: 2,
        title: { en: "National coordination on cybercrime" },
        question: {
          en: "Is there a standing mechanism that coordinates the work of police, prosecution, justice, ICT, the CERT/CSIRT and other bodies on cybercrime?",
        },
        guidance: {
          en: "A mechanism counts when it has a mandate and a secretariat and meets regularly; ad hoc meetings convened around single incidents are level 1. Consider whether the CERT/CSIRT, regulators, the financial intelligence unit and child protection services take part.",
        },
        levels: [
          { en: "No body or arrangement coordinates the agencies dealing with cybercrime." },
          { en: "Agencies meet occasionally, usually in response to a specific incident, without a mandate or secretariat." },
          { en: "A coordination body has been established by decision or decree, but it meets irregularly or key agencies are missing from it." },
          { en: "The body meets regularly with all key agencies, follows up its decisions and has a functioning secretariat." },
          { en: "The mechanism sets joint priorities, tracks the results of its decisions and is periodically evaluated and adjusted." },
        ],
        evidenceGuidance: {
          en: "Founding decree or terms of reference; membership list; meeting calendar and minutes; joint work plans; annual activity reports.",
        },
        uncacArticles: [53],
        budapestArticles: [],
      },
      {
        code: "PRE-03",
        weight: 2,
        title: { en: "Public awareness campaigns" },
        question: {
          en: "Does the country run public awareness campaigns on cybercrime risks that reach the population groups most exposed to them?",
        },
        guidance: {
          en: "Consider whether campaigns are based on actual crime trends (for example online fraud, sextortion or ransomware), target specific audiences such as older persons, small businesses or parents, and are delivered in the national languages. One-off events or social media posts without a plan are level 1.",
        },
        levels: [
          { en: "No public awareness activity on cybercrime takes place." },
          { en: "Individual agencies or private partners occasionally issue awareness messages, without a plan or target audience." },
          { en: "An awareness programme with defined messages and audiences exists, but it uses few channels or reaches only the capital." },
          { en: "Campaigns run regularly nationwide in the national languages, targeting the most exposed groups and reflecting current crime trends." },
          { en: "Campaign reach and effect are measured (surveys, changes in reporting) and content and targeting are revised on the basis of the results." },
        ],
        evidenceGuidance: {
          en: "Campaign plans and materials; distribution and reach statistics; partner agreements; survey or evaluation results.",
        },
        uncacArticles: [53],
        budapestArticles: [],
      },
      {
        code: "PRE-04",
        weight: 2,
        title: { en: "Child online safety and OCSEA prevention" },
        question: {
          en: "Are children, parents and educators systematically taught how to recognise and respond to online sexual exploitation and abuse?",
        },
        guidance: {
          en: "Look at school curricula, teacher training and programmes for parents and caregivers covering grooming, sextortion and the sharing of intimate images. Consider whether messages are age-appropriate, tell children where to seek help and also reach children outside school.",
        },
        levels: [
          { en: "There is no education or prevention activity on online child sexual exploitation and abuse." },
          { en: "Some schools or NGOs run occasional online safety sessions, without national content or coordination." },
          { en: "National online safety material or a programme exists, but it reaches only part of the schools or leaves out parents and out-of-school children." },
          { en: "Age-appropriate online safety education is part of the curriculum nationwide, teachers are trained and parents are reached through regular programmes." },
          { en: "The programme is evaluated for its effect on children's knowledge and help-seeking, and its content is updated as offenders' methods change." },
        ],
        evidenceGuidance: {
          en: "Curriculum documents; teacher training records; programme materials; coverage figures by school or region; evaluations.",
        },
        uncacArticles: [14, 15, 53],
        budapestArticles: [9],
      },
      {
        code: "PRE-05",
        weight: 2,
        title: { en: "Cybercrime reporting channels" },
        question: {
          en: "Can victims and witnesses easily report cybercrime, and do their reports reach the competent unit?",
        },
        guidance: {
          en: "Consider online and in-person channels, hotlines for child sexual abuse material, availability in the national languages and accessibility for persons with disabilities. Judge also what happens after a report: whether it is registered and routed to a competent unit, and whether the person reporting receives a reference or follow-up.",
        },
        levels: [
          { en: "Victims have no identified way to report cybercrime other than a general police station, where such complaints are often not recorded." },
          { en: "Some police stations or a general line accept reports, but there is no specific channel and reports are not routed to a specialised unit." },
          { en: "A dedicated reporting channel exists (online form, hotline or desk), but it is little known or reports are not systematically recorded and routed." },
          { en: "Well-publicised channels are available nationwide, every report is registered and routed to a competent unit, and the person reporting receives a reference number." },
          { en: "Reporting data are analysed for trends and response times, user satisfaction is measured and the channels are improved accordingly." },
        ],
        evidenceGuidance: {
          en: "Description of the channels; number of reports received per year and how they were routed; procedures for registering reports; publicity material; response-time statistics.",
        },
        uncacArticles: [34, 53],
        budapestArticles: [],
      },
      {
        code: "PRE-06",
        weight: 2,
        title: { en: "Assistance and protection for victims" },
        question: {
          en: "Do victims of cybercrime, including children and victims of image-based abuse, receive assistance, protection and help to have harmful content removed?",
        },
        guidance: {
          en: "Look at referral pathways to psychological, legal and social support, specialised services for children, and procedures to request the removal of intimate images or abuse material. Arrangements for compensation or restitution also count.",
        },
        levels: [
          { en: "No assistance or protection is offered to victims of cybercrime." },
          { en: "Assistance depends on the initiative of individual officers or NGOs, without referral procedures." },
          { en: "Referral procedures or victim services exist on paper or in pilot areas, but they are not funded or not known to frontline staff." },
          { en: "Victims are systematically referred to funded support services, including services specialised for children and help with content removal." },
          { en: "Victim outcomes and satisfaction are monitored, services are evaluated and gaps, such as for remote or minority populations, are addressed." },
        ],
        evidenceGuidance: {
          en: "Referral protocols; list of support services and their funding; content removal procedures and statistics; number of victims assisted; evaluations.",
        },
        uncacArticles: [34],
        budapestArticles: [],
      },
      {
        code: "PRE-07",
        weight: 2,
        title: { en: "Public-private partnerships" },
        question: {
          en: "Do the authorities work in structured partnerships with service providers, financial institutions, the CERT/CSIRT, civil society and academia to prevent and detect cybercrime?",
        },
        guidance: {
          en: "Partnerships count when they rest on an agreement or standing arrangement and lead to concrete exchanges: threat information, referrals, fraud alerts or joint awareness work. Consider whether they cover the main domestic service providers, banks and virtual asset service providers, and whether exchanges respect data protection rules.",
        },
        levels: [
          { en: "There is no structured cooperation with the private sector or civil society on cybercrime." },
          { en: "Contacts with companies or NGOs are personal and case by case, without agreements." },
          { en: "Agreements or forums exist with some partners, but information exchange is irregular or flows in one direction only." },
          { en: "Standing partnerships with the main service providers, the financial sector, the CERT/CSIRT and civil society produce regular exchanges and joint actions." },
          { en: "Partnerships are reviewed for results (for example fraud losses prevented or referrals acted on) and extended to new sectors as threats change." },
        ],
        evidenceGuidance: {
          en: "Memoranda of understanding; forum terms of reference and minutes; data on alerts and referrals exchanged; joint initiatives.",
        },
        uncacArticles: [53],
        budapestArticles: [],
      },
      {
        code: "PRE-08",
        weight: 1,
        title: { en: "Cybercrime statistics and trend analysis" },
        question: {
          en: "Does the country collect reliable statistics on cybercrime and analyse them to understand trends and guide policy?",
        },
        guidance: {
          en: "Consider whether reports and cases are recorded using a common classification of cybercrime, whether anyone is tasked with analysing them, and whether threat assessments are produced and used. Sharing analysis with regional and international partners is part of level 4.",
        },
        levels: [
          { en: "No statistics on cybercrime are collected." },
          { en: "Some agencies count their cybercrime cases, but definitions differ and the figures are not compiled." },
          { en: "A common classification is defined and data are compiled nationally, but coverage is incomplete and analysis is rare." },
          { en: "Complete statistics are compiled every year and a threat or trend assessment is produced and used in planning." },
          { en: "Data quality is checked, analysis is published or shared with partners, and findings demonstrably shape strategy and resource decisions." },
        ],
        evidenceGuidance: {
          en: "Statistical reports; recording rules or classification; threat assessments; examples of decisions informed by the analysis.",
        },
        uncacArticles: [53, 55],
        budapestArticles: [],
      },
    ],
  },
  // ---------------------------------------------------------------------------------------------
  {
    code: "INV",
    name: {
      en: "Investigation",
      fr: "Enquêtes",
      es: "Investigación",
      ru: "Расследование",
      zh: "侦查",
      ar: "التحقيق",
    },
    description: {
      en: "Cyber investigations, including online child sexual exploitation and abuse and the criminal use of virtual assets: specialised units, skills, investigative techniques and operational cooperation.",
      fr: "Enquêtes sur la cybercriminalité, y compris l'exploitation et les atteintes sexuelles visant des enfants en ligne et l'utilisation criminelle d'actifs virtuels : unités spécialisées, compétences, techniques d'enquête et coopération opérationnelle.",
      es: "Investigaciones cibernéticas, incluidos la explotación y el abuso sexuales de niños en línea y el uso delictivo de activos virtuales: unidades especializadas, competencias, técnicas de investigación y cooperación operacional.",
      ru: "Расследование киберпреступлений, включая сексуальную эксплуатацию детей и надругательства над ними в Интернете и преступное использование виртуальных активов: специализированные подразделения, навыки, методы расследования и оперативное сотрудничество.",
      zh: "网络犯罪侦查，包括网上儿童性剥削和性虐待以及利用虚拟资产实施犯罪：专门单位、技能、侦查手段和行动合作。",
      ar: "التحقيقات في الجرائم السيبرانية، بما في ذلك الاستغلال والاعتداء الجنسيان على الأطفال عبر الإنترنت والاستخدام الإجرامي للأصول الافتراضية: الوحدات المتخصصة، والمهارات، وأساليب التحقيق، والتعاون العملياتي.",
    },
    indicators: [
      {
        code: "INV-01",
        weight: 3,
        title: { en: "Specialised cybercrime investigation unit" },
        question: {
          en: "Does law enforcement have a specialised unit with a clear mandate, staff and resources to investigate cybercrime?",
        },
        guidance: {
          en: "Consider the unit's legal or administrative mandate, whether its staff are dedicated full-time, its budget and equipment, and whether it has national reach or regional branches. A few trained officers inside a general unit count as level 1.",
        },
        levels: [
          { en: "No officers are assigned to investigate cybercrime." },
          { en: "A few officers handle cybercrime alongside other duties, without a formal unit or mandate." },
          { en: "A unit is formally established with a mandate, but it is understaffed, lacks equipment or works only in the capital." },
          { en: "A dedicated unit with full-time staff, budget and equipment investigates cybercrime and supports other police units nationwide." },
          { en: "The unit's caseload, clearance rate and response times are measured and used to adjust its staffing, structure and priorities." },
        ],
        evidenceGuidance: {
          en: "Decree or order establishing the unit; organisation chart and staffing table; budget; equipment inventory; annual caseload statistics.",
        },
        uncacArticles: [54],
        budapestArticles: [],
      },
      {
        code: "INV-02",
        weight: 2,
        title: { en: "Investigator skills, training and retention" },
        question: {
          en: "Do cybercrime investigators receive structured initial and continuing training, and does the service keep its trained staff?",
        },
        guidance: {
          en: "Look for a training curriculum with levels (basic for all police, intermediate for investigators, advanced for specialists), records of who has been trained, and measures against turnover such as career paths or allowances. Donor courses attended without a training plan count as level 1.",
        },
        levels: [
          { en: "Investigators receive no training on cybercrime." },
          { en: "Some officers have attended ad hoc courses, often donor-funded, with no training plan or records." },
          { en: "A training curriculum is defined and partly delivered, but coverage is limited and trained staff often leave the unit." },
          { en: "All unit staff complete the curriculum, general police receive basic cybercrime training, and career measures keep trained staff in post." },
          { en: "Training needs are assessed yearly, the effect of training is evaluated and the curriculum updated, and staff turnover is monitored and kept low." },
        ],
        evidenceGuidance: {
          en: "Training curriculum; training records and numbers trained by level; pool of national trainers; staff turnover figures; career or allowance policies.",
        },
        uncacArticles: [54],
        budapestArticles: [],
      },
      {
        code: "INV-03",
        weight: 2,
        title: { en: "Online and covert investigation techniques" },
        question: {
          en: "Can investigators lawfully and competently use open-source research, online undercover work, real-time collection of traffic data and interception when a case requires it?",
        },
        guidance: {
          en: "Consider both the legal basis and authorisation procedure for each technique and the practical ability to use it, including non-attributable equipment and trained staff. Techniques used without a clear legal basis or oversight should not be rated above level 1.",
        },
        levels: [
          { en: "Investigators do not use online or covert techniques in cybercrime cases." },
          { en: "Officers do basic internet searches in some cases, without procedures, secure equipment or a clear legal basis for covert work." },
          { en: "Procedures and legal authorisations exist for some techniques, but the equipment or trained staff to use them are lacking." },
          { en: "Open-source research, online undercover work and, with judicial authorisation, traffic data collection and interception are used in practice with proper equipment and oversight." },
          { en: "Each use of these techniques is recorded, its results and lawfulness are reviewed, and procedures are updated for new platforms and encryption." },
        ],
        evidenceGuidance: {
          en: "Legal provisions and authorisation procedures; standard operating procedures for online research and undercover work; equipment lists; anonymised statistics on authorisations and their use.",
        },
        uncacArticles: [24, 29, 30],
        budapestArticles: [15, 20, 21],
      },
      {
        code: "INV-04",
        weight: 2,
        title: { en: "Investigation of cyber-dependent crime" },
        question: {
          en: "Can the authorities investigate intrusions, ransomware, malware and denial-of-service attacks through to the identification of offenders?",
        },
        guidance: {
          en: "Consider whether victims such as companies and public institutions report attacks to the police, whether the cybercrime unit works with the CERT/CSIRT on incident evidence, and whether cases go beyond incident response to identify suspects. Look at the number of such cases opened and referred for prosecution.",
        },
        levels: [
          { en: "Attacks on computer systems are not investigated as crimes." },
          { en: "Some attacks are recorded, but investigation rarely goes beyond taking the complaint." },
          { en: "The unit investigates some attacks and has a procedure with the CERT/CSIRT, but lacks the skills to trace offenders in most cases." },
          { en: "Attacks are investigated together with the CERT/CSIRT and victims, evidence is collected from affected systems and offenders are identified in a share of cases." },
          { en: "Investigations are prioritised by impact, their outcomes are tracked, and lessons learned feed into prevention and cooperation with partners." },
        ],
        evidenceGuidance: {
          en: "Case statistics on intrusion, ransomware and denial-of-service offences; CERT/CSIRT and law enforcement procedures; anonymised case files; referrals to prosecution.",
        },
        uncacArticles: [7, 8, 9, 10, 11],
        budapestArticles: [2, 3, 4, 5, 6],
      },
      {
        code: "INV-05",
        weight: 2,
        title: { en: "OCSEA investigation and victim identification" },
        question: {
          en: "Is there a specialised capacity to investigate online child sexual exploitation and abuse and to identify and safeguard the children depicted?",
        },
        guidance: {
          en: "Look for specialised investigators, victim identification work on seized material, procedures to safeguard children once identified, and welfare support for staff exposed to abuse material. Consider whether child-sensitive interviewing is available.",
        },
        levels: [
          { en: "There is no capacity to investigate online child sexual exploitation and abuse." },
          { en: "General investigators handle cases as they arise, and no victim identification work is done." },
          { en: "Specialised officers or a team exist, but victim identification is rarely carried out and staff welfare measures are missing." },
          { en: "A specialised team investigates cases, carries out victim identification, works with child protection services and has staff welfare support." },
          { en: "The number of children identified and safeguarded is tracked, methods are reviewed and the team contributes to international victim identification efforts." },
        ],
        evidenceGuidance: {
          en: "Team mandate and staffing; victim identification and safeguarding procedures; statistics on cases and children identified; staff welfare policy; training records.",
        },
        uncacArticles: [14, 15, 34],
        budapestArticles: [9],
      },
      {
        code: "INV-06",
        weight: 2,
        title: { en: "OCSEA referrals and image databases" },
        question: {
          en: "Are referrals about child sexual abuse material from service providers, hotlines and foreign agencies triaged and acted on, and is seized material checked against image databases?",
        },
        guidance: {
          en: "Many countries receive large volumes of referrals from international clearing houses and platforms; judge whether they are triaged and investigated within a set time. Connection to an international child sexual exploitation image database, or a national hash set, allows known material to be filtered out and new victims to be prioritised.",
        },
        levels: [
          { en: "Referrals are not received or not acted on, and no image database is used." },
          { en: "Referrals arrive but are handled irregularly, without triage, and a backlog builds up." },
          { en: "A procedure exists to triage and allocate referrals, but it is not fully staffed, or database access is limited to a few officers." },
          { en: "All referrals are triaged and acted on within set timelines, and seized material is routinely compared with national or international image databases." },
          { en: "Referral outcomes and timelines are monitored, the country contributes new material to international databases and gives feedback to referring bodies." },
        ],
        evidenceGuidance: {
          en: "Number of referrals received and acted on per year; triage procedure; database connection and user accounts; backlog figures.",
        },
        uncacArticles: [14, 47],
        budapestArticles: [9],
      },
      {
        code: "INV-07",
        weight: 2,
        title: { en: "Tracing of virtual assets" },
        question: {
          en: "Can investigators trace virtual asset transactions linked to crime and identify the persons or services behind them?",
        },
        guidance: {
          en: "Consider access to blockchain analytics tools, trained analysts, procedures to request information from virtual asset service providers at home and abroad, and cooperation with the financial intelligence unit. Judge by whether tracing is done in real cases, not only in training.",
        },
        levels: [
          { en: "Investigators cannot trace virtual asset transactions." },
          { en: "Tracing is attempted in isolated cases with public block explorers, without tools or training." },
          { en: "Some analysts are trained and have access to analytics tools, but tracing is not routinely done in cases involving virtual assets." },
          { en: "Tracing is done routinely in relevant cases with licensed tools, and information is obtained from service providers and the financial intelligence unit." },
          { en: "Tracing results and assets recovered are tracked, methods cover mixers, cross-chain transfers and privacy coins, and expertise is shared with other agencies." },
        ],
        evidenceGuidance: {
          en: "Tool licences; number of trained analysts; cases with virtual asset tracing; requests to virtual asset service providers; cooperation arrangements with the financial intelligence unit.",
        },
        uncacArticles: [17, 31],
        budapestArticles: [],
      },
      {
        code: "INV-08",
        weight: 2,
        title: { en: "Seizure and safekeeping of virtual assets" },
        question: {
          en: "Can the authorities lawfully seize virtual assets, hold them securely and manage them until a court decides on their fate?",
        },
        guidance: {
          en: "Look for a procedure and technical set-up for transferring seized assets to wallets controlled by the State, with multi-person control and audit, and for rules on who holds, values and may sell seized assets. A seizure that depends on the suspect's cooperation or on an officer's personal wallet is at most level 1.",
        },
        levels: [
          { en: "Virtual assets cannot be seized." },
          { en: "Seizures have been improvised, without State-controlled wallets or written procedures." },
          { en: "A procedure and State-controlled wallets exist, but key management, custody responsibilities or rules for managing the assets are incomplete." },
          { en: "Virtual assets are seized into secure State-controlled wallets with multi-person control and documented custody, and an authority is responsible for managing them." },
          { en: "Seizure and custody are audited, losses are prevented, and assets are valued, managed or sold under tested rules." },
        ],
        evidenceGuidance: {
          en: "Standard operating procedures for seizure; wallet and key management policy; custody logs; audit reports; statistics on the assets seized and their value.",
        },
        uncacArticles: [28, 31],
        budapestArticles: [19],
      },
      {
        code: "INV-09",
        weight: 2,
        title: { en: "International police cooperation" },
        question: {
          en: "Does the cybercrime unit cooperate in practice with foreign counterparts through police channels, regional networks and joint investigations?",
        },
        guidance: {
          en: "Consider the use of international police channels, membership of regional cybercrime networks, participation in joint operations or joint investigation teams, and the speed of replies to foreign requests. Police-to-police cooperation is assessed here; formal mutual legal assistance is assessed under digital evidence.",
        },
        levels: [
          { en: "The unit has no contact with foreign counterparts." },
          { en: "Cooperation happens through personal contacts or only when a foreign agency asks for it." },
          { en: "The unit uses international police channels and belongs to a regional network, but its participation is passive or slow." },
          { en: "The unit exchanges information promptly, takes part in joint operations and sets up joint investigations when a case needs one." },
          { en: "Requests, response times and results are tracked, and the unit initiates joint operations and shares its expertise in regional networks." },
        ],
        evidenceGuidance: {
          en: "Number of requests sent and received through police channels; network memberships; joint operation or joint investigation team agreements; response-time statistics.",
        },
        uncacArticles: [47, 48],
        budapestArticles: [23],
      },
    ],
  },
  // ---------------------------------------------------------------------------------------------
  {
    code: "FOR",
    name: {
      en: "Digital forensics",
      fr: "Criminalistique numérique",
      es: "Análisis forense digital",
      ru: "Цифровая криминалистика",
      zh: "数字取证",
      ar: "التحليل الجنائي الرقمي",
    },
    description: {
      en: "Laboratory capacity, quality management and accreditation, validated tools, examiner competence, and the acquisition and analysis of data from computers, mobile devices and the cloud.",
      fr: "Capacités des laboratoires, management de la qualité et accréditation, outils validés, compétences des examinateurs, et acquisition et analyse des données provenant d'ordinateurs, d'appareils mobiles et du nuage.",
      es: "Capacidad de los laboratorios, gestión de la calidad y acreditación, herramientas validadas, competencia de los peritos, y adquisición y análisis de datos procedentes de computadoras, dispositivos móviles y la nube.",
      ru: "Возможности лабораторий, управление качеством и аккредитация, валидированные инструменты, компетентность экспертов, а также получение и анализ данных с компьютеров, мобильных устройств и из облачных сервисов.",
      zh: "实验室能力、质量管理与认可、经验证的工具、检验人员能力，以及从计算机、移动设备和云端获取和分析数据。",
      ar: "قدرات المختبرات، وإدارة الجودة والاعتماد، والأدوات المُتحقَّق من صحتها، وكفاءة الفاحصين، واستخلاص البيانات وتحليلها من الحواسيب والأجهزة المحمولة والحوسبة السحابية.",
    },
    indicators: [
      {
        code: "FOR-01",
        weight: 3,
        title: { en: "Digital forensic laboratory capacity" },
        question: {
          en: "Does the country have a digital forensic laboratory with the staff, equipment and budget to examine the devices seized in criminal cases within a reasonable time?",
        },
        guidance: {
          en: "Compare the number of examiners with the number of requests, and consider the equipment and licences in service, the budget for renewing them, and access for investigators outside the capital. The backlog and the average turnaround time are the best signs of whether capacity is sufficient.",
        },
        levels: [
          { en: "There is no digital forensic capability; devices are not examined or are sent abroad." },
          { en: "A few individuals carry out examinations with basic tools, without a laboratory or dedicated budget." },
          { en: "A laboratory exists with trained staff and core tools, but backlogs are long and licences or equipment are not renewed regularly." },
          { en: "The laboratory has the staff, equipment and recurrent budget to complete requests within agreed times, and investigators nationwide can use it." },
          { en: "Backlog and turnaround are monitored, capacity is planned against demand and the service is extended, for example with regional satellite laboratories, when needed." },
        ],
        evidenceGuidance: {
          en: "Document establishing the laboratory; staffing table; equipment and licence inventory; budget; figures on requests, backlog and average turnaround time.",
        },
        uncacArticles: [28, 54],
        budapestArticles: [19],
      },
      {
        code: "FOR-02",
        weight: 2,
        title: { en: "Quality management and accreditation" },
        question: {
          en: "Does the forensic laboratory operate a quality management system, and is it accredited to ISO/IEC 17025 or an equivalent standard?",
        },
        guidance: {
          en: "Look for documented methods, competence records, technical review of cases, proficiency testing and control of equipment. Accreditation by a recognised accreditation body corresponds to level 4 only when its scope covers the main digital examinations and the system is actively maintained.",
        },
        levels: [
          { en: "No quality procedures are applied to forensic work." },
          { en: "Some practices such as peer checks exist, but they are not written down or applied consistently." },
          { en: "A quality manual and written methods exist, but proficiency testing, technical review of cases or internal audits are missing." },
          { en: "A complete quality management system aligned with ISO/IEC 17025 operates, with internal audits, technical review of cases and proficiency testing." },
          { en: "The laboratory is accredited for its main digital examinations, audit findings are corrected and the scope of accreditation is extended over time." },
        ],
        evidenceGuidance: {
          en: "Quality manual; method documents; internal audit and case review records; proficiency test results; accreditation certificate and scope.",
        },
        uncacArticles: [54],
        budapestArticles: [],
      },
      {
        code: "FOR-03",
        weight: 2,
        title: { en: "Validation of forensic tools and methods" },
        question: {
          en: "Are forensic tools and methods tested and validated before use, and are critical results verified?",
        },
        guidance: {
          en: "Validation means showing, through documented tests on known data, that a tool or method gives reliable results for the purpose for which it is used. Check whether new versions are validated before deployment and whether critical findings are cross-checked with a second tool or method.",
        },
        levels: [
          { en: "Tools are used as supplied, without any testing." },
          { en: "Examiners test tools informally when problems arise, without keeping records." },
          { en: "A validation procedure exists and some tools are validated, but new versions are often deployed without testing." },
          { en: "All tools and methods are validated with documented tests before use, and critical findings are verified with a second tool or method." },
          { en: "Validation records are reviewed and compared with other laboratories, and errors found lead to documented corrective action." },
        ],
        evidenceGuidance: {
          en: "Validation procedure; validation reports and reference data sets; register of tool versions; verification records in sample cases.",
        },
        uncacArticles: [54],
        budapestArticles: [],
      },
      {
        code: "FOR-04",
        weight: 2,
        title: { en: "Examiner competence and certification" },
        question: {
          en: "Are forensic examiners trained, tested for competence and authorised before working on cases, and do they keep their skills current?",
        },
        guidance: {
          en: "Look for a competence framework, supervised casework before authorisation, vendor or professional certifications, and continuing training as devices and operating systems change. Consider how the laboratory replaces examiners who leave.",
        },
        levels: [
          { en: "Examiners have no forensic training." },
          { en: "Examiners are self-taught or have attended isolated courses, and their competence is not assessed." },
          { en: "A training path exists, but competence is not formally tested before authorisation or continuing training is irregular." },
          { en: "Examiners complete a defined training path, pass competence tests before authorisation and receive continuing training every year." },
          { en: "Competence is monitored through proficiency tests and case review, and training plans are adapted to new technology and to weaknesses found." },
        ],
        evidenceGuidance: {
          en: "Competence framework; training and certification records; authorisation records; proficiency test results; continuing training plan.",
        },
        uncacArticles: [54],
        budapestArticles: [],
      },
      {
        code: "FOR-05",
        weight: 2,
        title: { en: "First responders and on-scene triage" },
        question: {
          en: "Can officers at a scene identify, secure and triage digital devices and volatile data without compromising the evidence?",
        },
        guidance: {
          en: "Consider whether general investigators and crime-scene officers are trained as digital first responders, have seizure kits and triage tools, and follow written procedures on isolating devices, capturing live data and packaging. Good triage reduces the laboratory backlog by sending it only relevant devices.",
        },
        levels: [
          { en: "Officers seize and handle digital devices without procedures, often altering or losing data." },
          { en: "A few officers know basic rules for seizing devices, but there are no written procedures or kits." },
          { en: "Written first responder procedures and some kits exist, but few officers are trained and triage is rarely done." },
          { en: "Trained first responders with seizure kits and triage tools are available to major units, and procedures for volatile data and device isolation are followed." },
          { en: "The laboratory reviews the quality of seizures, errors are fed back into training, and triage results are used to prioritise examinations." },
        ],
        evidenceGuidance: {
          en: "First responder procedures; number of trained officers; inventory of kits and triage tools; laboratory feedback on submissions.",
        },
        uncacArticles: [28],
        budapestArticles: [19],
      },
      {
        code: "FOR-06",
        weight: 2,
        title: { en: "Mobile device forensics" },
        question: {
          en: "Can the laboratory extract and analyse data from the mobile phones and other mobile devices commonly seized in the country?",
        },
        guidance: {
          en: "Consider the range of devices and operating systems covered, the ability to handle locked or encrypted devices, and the analysis of application data such as messaging apps. Judge by the share of submitted mobile devices from which useful data are actually obtained.",
        },
        levels: [
          { en: "Data cannot be extracted from mobile devices." },
          { en: "Only manual examination or basic logical extraction of some devices is possible." },
          { en: "Licensed extraction tools cover common devices, but locked, encrypted or less common devices usually cannot be processed." },
          { en: "The laboratory extracts and analyses data from most seized devices, including application data and some locked devices, with current licences." },
          { en: "Success rates by type of device are tracked, advanced techniques are available in-house or through partners, and capability keeps pace with new devices." },
        ],
        evidenceGuidance: {
          en: "Tool licences and versions; statistics on mobile devices examined and success rates; sample reports; training records.",
        },
        uncacArticles: [28],
        budapestArticles: [19],
      },
      {
        code: "FOR-07",
        weight: 2,
        title: { en: "Cloud and remote data acquisition" },
        question: {
          en: "Can investigators and examiners lawfully and reliably acquire data held in cloud services or on remote systems connected to a seized device?",
        },
        guidance: {
          en: "Consider whether the law allows a search to be extended to connected systems and when a production order to the provider is required instead, whether examiners have tools and procedures for cloud acquisition under proper authorisation, and how data located abroad are handled. Acquisition without a clear legal basis should not be rated above level 1.",
        },
        levels: [
          { en: "Data held in the cloud or on remote systems cannot be acquired." },
          { en: "Remote data are occasionally captured from unlocked devices, without legal guidance or a documented procedure." },
          { en: "Legal guidance and a procedure exist, but the tools, authorisations or trained staff to apply them are limited." },
          { en: "Cloud and remote acquisition is carried out under proper authorisation with documented procedures and tools, and data held abroad are requested through the appropriate channels." },
          { en: "Cloud acquisitions are reviewed for lawfulness and completeness, and procedures are updated as services, encryption and legal rules change." },
        ],
        evidenceGuidance: {
          en: "Legal provisions and prosecution guidance; cloud acquisition procedure; tool licences; sample authorisations; statistics on cloud acquisitions.",
        },
        uncacArticles: [27, 28],
        budapestArticles: [18, 19, 32],
      },
      {
        code: "FOR-08",
        weight: 1,
        title: { en: "Specialised examinations (malware, memory, wallets)" },
        question: {
          en: "Can the laboratory, itself or through partners, carry out specialised examinations such as malware analysis, memory and network forensics, encrypted storage and virtual asset wallets?",
        },
        guidance: {
          en: "These capabilities are needed in cyber-dependent crime and virtual asset cases; a laboratory may rely on a national partner such as the CERT/CSIRT or on a regional laboratory if the arrangement is formal. Count only capabilities that have been used in real cases.",
        },
        levels: [
          { en: "No specialised examinations can be carried out or obtained." },
          { en: "Specialised examinations are attempted ad hoc by individuals or obtained informally." },
          { en: "Some specialised capabilities exist or are available through a formal partner, but major gaps remain, for example no malware or wallet analysis." },
          { en: "Malware, memory, network, encrypted storage and wallet examinations are available in-house or through formal partners and are used in cases." },
          { en: "Demand for specialised examinations is tracked, the methods are validated, capabilities are developed ahead of emerging needs and expertise is shared regionally." },
        ],
        evidenceGuidance: {
          en: "List of specialised capabilities and their validation; partnership agreements; number of specialised examinations per year; training records.",
        },
        uncacArticles: [28, 54],
        budapestArticles: [19],
      },
    ],
  },
  // ---------------------------------------------------------------------------------------------
  {
    code: "EVI",
    name: {
      en: "Digital evidence",
      fr: "Preuves numériques",
      es: "Pruebas digitales",
      ru: "Цифровые доказательства",
      zh: "数字证据",
      ar: "الأدلة الرقمية",
    },
    description: {
      en: "Handling of electronic evidence, chain of custody, admissibility, preservation and disclosure of data held by service providers, and cross-border requests for evidence.",
      fr: "Traitement des preuves électroniques, chaîne de traçabilité, recevabilité, conservation et divulgation des données détenues par les fournisseurs de services, et demandes transfrontières de preuves.",
      es: "Manejo de las pruebas electrónicas, cadena de custodia, admisibilidad, conservación y revelación de datos en poder de los proveedores de servicios, y solicitudes transfronterizas de pruebas.",
      ru: "Обращение с электронными доказательствами, цепочка хранения, допустимость, сохранение и раскрытие данных, находящихся у поставщиков услуг, и трансграничные запросы о предоставлении доказательств.",
      zh: "电子证据的处理、保管链、可采性、服务提供者所持数据的保全和披露，以及跨境取证请求。",
      ar: "التعامل مع الأدلة الإلكترونية، وتسلسل العهدة، والمقبولية، وحفظ البيانات التي يحتفظ بها مقدمو الخدمات والكشف عنها، وطلبات الحصول على الأدلة عبر الحدود.",
    },
    indicators: [
      {
        code: "EVI-01",
        weight: 3,
        title: { en: "Chain of custody procedures" },
        question: {
          en: "Do all agencies that seize, transport, examine or store digital evidence follow a common, documented chain of custody?",
        },
        guidance: {
          en: "Check for written standard operating procedures, custody forms or an electronic evidence management system, and whether every transfer is recorded from seizure to court. Procedures that exist in the forensic laboratory but not at the point of seizure are at most level 2.",
        },
        levels: [
          { en: "The handling of digital evidence is not documented." },
          { en: "Some units record seizures and transfers, each on its own forms and without a common procedure." },
          { en: "A common chain of custody procedure is adopted, but not all agencies apply it or it is not applied at every stage." },
          { en: "All agencies apply the common procedure from seizure to court, with complete custody records and integrity checks such as hash values." },
          { en: "Custody records are audited, breaks or challenges raised in court are analysed, and procedures and systems are improved accordingly." },
        ],
        evidenceGuidance: {
          en: "Chain of custody standard operating procedure; custody forms or evidence management system; audit results; court decisions on custody challenges.",
        },
        uncacArticles: [28],
        budapestArticles: [19],
      },
      {
        code: "EVI-02",
        weight: 1,
        title: { en: "Secure storage and retention of evidence" },
        question: {
          en: "Are seized devices and forensic images stored securely, kept for the required time and disposed of under clear rules?",
        },
        guidance: {
          en: "Consider the physical and logical security of evidence rooms and data servers, access control and logging, backups, retention periods linked to proceedings and appeals, and the return or destruction of devices and data. Storage capacity should be planned for growing data volumes.",
        },
        levels: [
          { en: "There is no secure storage; devices and copies are kept in offices or on personal media." },
          { en: "Evidence is kept in locked rooms or on unmanaged drives, without access logs or retention rules." },
          { en: "Secure storage and retention rules exist, but capacity, backups or access logging are insufficient." },
          { en: "Devices and forensic images are kept in secure, access-controlled and backed-up storage, and retention and disposal rules are applied." },
          { en: "Storage security and capacity are audited and planned against growth, and compliance with retention and disposal rules is reviewed." },
        ],
        evidenceGuidance: {
          en: "Storage policy and retention schedule; description of evidence rooms and servers; access logs; disposal records; audit reports.",
        },
        uncacArticles: [28],
        budapestArticles: [19],
      },
      {
        code: "EVI-03",
        weight: 2,
        title: { en: "Admissibility of electronic evidence" },
        question: {
          en: "Do the rules of evidence clearly allow electronic evidence to be admitted in criminal proceedings, and do courts apply them consistently?",
        },
        guidance: {
          en: "Look at the code of criminal procedure or evidence law, any specific provisions on electronic records, and case law on authentication, integrity and expert reports. Consider whether electronic evidence is admissible for all criminal offences, not only cybercrime.",
        },
        levels: [
          { en: "The law does not recognise electronic evidence, or courts routinely refuse it." },
          { en: "Electronic evidence is admitted occasionally at the judge's discretion, with no clear rule and inconsistent practice." },
          { en: "The law recognises electronic evidence, but the requirements for authentication or integrity are unclear and inconsistently applied." },
          { en: "Clear rules on admissibility, authentication and integrity of electronic evidence apply to all offences and courts apply them consistently." },
          { en: "Case law and challenges are monitored, guidance for judges and prosecutors is updated, and the rules are reviewed in light of new technology." },
        ],
        evidenceGuidance: {
          en: "Provisions of evidence or procedure law; judicial guidelines; selected court decisions; data on evidence excluded.",
        },
        uncacArticles: [23],
        budapestArticles: [14],
      },
      {
        code: "EVI-04",
        weight: 2,
        title: { en: "Expedited preservation of data" },
        question: {
          en: "Can the authorities quickly order service providers to preserve specified stored data, including traffic data, before it is deleted?",
        },
        guidance: {
          en: "Consider both the legal basis and practice: who may issue a preservation order, how quickly it is served, how long data are kept, and whether traffic data can be traced across several providers. Providers' compliance and response times are the key evidence.",
        },
        levels: [
          { en: "There is no way to have data preserved before it is deleted." },
          { en: "Preservation is requested informally from cooperative providers, without a legal basis or standard form." },
          { en: "A legal basis exists, but orders are slow to issue, providers respond inconsistently or traffic data cannot be traced across providers." },
          { en: "Preservation orders are issued within hours or days on standard forms, providers comply, and partial disclosure of traffic data identifies the other providers involved." },
          { en: "Preservation requests and their timeliness are tracked, and procedures and arrangements with providers are improved on the basis of the results." },
        ],
        evidenceGuidance: {
          en: "Legal provisions; standard request forms; number of preservation orders and response times; provider agreements or contact lists.",
        },
        uncacArticles: [25, 26],
        budapestArticles: [16, 17],
      },
      {
        code: "EVI-05",
        weight: 2,
        title: { en: "Production orders and subscriber information" },
        question: {
          en: "Can investigators obtain subscriber information and stored data from domestic service providers through production orders, and from foreign providers by the channels available?",
        },
        guidance: {
          en: "Assess the legal basis, the authority that issues orders, the time taken and the quality of provider responses. Consider also whether the unit has contacts and procedures for the law enforcement request channels of major foreign platforms.",
        },
        levels: [
          { en: "Investigators cannot obtain data from service providers." },
          { en: "Data are obtained from some providers informally, without a standard order or procedure." },
          { en: "Production orders are available in law, but they are slow, not standardised or providers often do not comply." },
          { en: "Standard production orders are issued and complied with in reasonable time, and requests to major foreign platforms follow documented procedures." },
          { en: "Orders, response times and refusals are monitored, and procedures and relations with providers are improved accordingly." },
        ],
        evidenceGuidance: {
          en: "Legal provisions; template orders; statistics on orders issued and response times; contact points and procedures for foreign platforms.",
        },
        uncacArticles: [27],
        budapestArticles: [18],
      },
      {
        code: "EVI-06",
        weight: 2,
        title: { en: "Cross-border preservation and disclosure" },
        question: {
          en: "Does the country send and execute international requests for the expedited preservation and disclosure of electronic data quickly and correctly?",
        },
        guidance: {
          en: "Preservation requests sent abroad must arrive before the data are deleted, and foreign requests must be executed promptly under domestic law. Check the time taken, whether requests meet the requirements of the requested State, and whether preserved data are followed up by a formal request.",
        },
        levels: [
          { en: "No international preservation or disclosure requests are sent or executed." },
          { en: "Requests are sent or answered occasionally, often too late or incomplete." },
          { en: "Procedures exist, but requests are slow or often returned for missing information, and no authority is clearly in charge of executing foreign requests." },
          { en: "Requests are sent and executed within days using standard templates, and preserved data are followed up by mutual legal assistance requests." },
          { en: "The timeliness and outcome of requests are monitored in both directions, and templates and procedures are improved with partner States." },
        ],
        evidenceGuidance: {
          en: "Procedures and templates; statistics on requests sent and received, with response times; examples of follow-up requests.",
        },
        uncacArticles: [42, 43],
        budapestArticles: [29, 30],
      },
      {
        code: "EVI-07",
        weight: 2,
        title: { en: "24/7 point of contact" },
        question: {
          en: "Has the country designated a 24/7 point of contact for urgent cybercrime cooperation, and does it respond at any hour?",
        },
        guidance: {
          en: "Check the designation under the Convention or other networks, round-the-clock staffing, the power to act on preservation and other urgent requests, and whether domestic units know how to use it. A designated contact that cannot be reached outside office hours is at most level 2.",
        },
        levels: [
          { en: "No 24/7 point of contact has been designated." },
          { en: "A contact person is named, but cannot be reached outside office hours and has no procedures." },
          { en: "A point of contact is designated and known to partners, but its availability, powers or staffing are limited." },
          { en: "The point of contact is staffed around the clock, can carry out or arrange preservation and other urgent measures, and responds promptly." },
          { en: "Requests and response times are logged and reviewed, staff are trained, and the point of contact is tested in exercises with partners." },
        ],
        evidenceGuidance: {
          en: "Designation notifications; duty roster; procedures; log of requests and response times; exercise reports.",
        },
        uncacArticles: [41],
        budapestArticles: [35],
      },
      {
        code: "EVI-08",
        weight: 2,
        title: { en: "Mutual legal assistance for electronic evidence" },
        question: {
          en: "Is there a functioning central authority that sends, receives and executes mutual legal assistance requests for electronic evidence within a reasonable time?",
        },
        guidance: {
          en: "Consider whether the central authority is designated and staffed, has templates and guidance for electronic evidence, tracks requests in a case management system, and whether executing authorities can produce evidence in a form usable abroad. Processing times and the share of requests returned or refused are the main measures.",
        },
        levels: [
          { en: "There is no central authority or process for mutual legal assistance requests involving electronic evidence." },
          { en: "Requests are handled case by case through diplomatic channels, with long delays and no tracking." },
          { en: "A central authority is designated, but it lacks staff, templates or tracking, and requests for electronic evidence are often delayed or returned." },
          { en: "The central authority is staffed, uses templates and a tracking system, and sends and executes requests for electronic evidence within a reasonable time." },
          { en: "Processing times and outcomes are monitored and reported, practitioners are trained, and procedures are improved with the main partner States." },
        ],
        evidenceGuidance: {
          en: "Designation of the central authority; staffing; templates and guidelines; tracking system; statistics on requests and processing times.",
        },
        uncacArticles: [40, 44],
        budapestArticles: [25, 27, 31],
      },
    ],
  },
  // ---------------------------------------------------------------------------------------------
  {
    code: "PRO",
    name: {
      en: "Prosecution and adjudication",
      fr: "Poursuites et jugement",
      es: "Enjuiciamiento y resolución judicial",
      ru: "Уголовное преследование и судебное разбирательство",
      zh: "起诉和审判",
      ar: "الملاحقة القضائية والفصل في القضايا",
    },
    description: {
      en: "Specialised prosecutors and judges, presentation of digital evidence in court, case management, sentencing, confiscation of proceeds and the protection of victims and witnesses.",
      fr: "Procureurs et juges spécialisés, présentation des preuves numériques devant les tribunaux, gestion des affaires, détermination des peines, confiscation du produit du crime et protection des victimes et des témoins.",
      es: "Fiscales y jueces especializados, presentación de pruebas digitales ante los tribunales, gestión de causas, imposición de penas, decomiso del producto del delito y protección de víctimas y testigos.",
      ru: "Специализированные прокуроры и судьи, представление цифровых доказательств в суде, управление делами, назначение наказаний, конфискация доходов от преступлений и защита потерпевших и свидетелей.",
      zh: "专门检察官和法官、在法庭上出示数字证据、案件管理、量刑、没收犯罪所得以及保护被害人和证人。",
      ar: "أعضاء النيابة العامة والقضاة المتخصصون، وتقديم الأدلة الرقمية أمام المحاكم، وإدارة القضايا، وإصدار الأحكام، ومصادرة عائدات الجريمة، وحماية الضحايا والشهود.",
    },
    indicators: [
      {
        code: "PRO-01",
        weight: 3,
        title: { en: "Specialised cybercrime prosecutors" },
        question: {
          en: "Are there prosecutors designated and trained to handle cybercrime and cases that depend on electronic evidence?",
        },
        guidance: {
          en: "Look for a specialised unit or a network of designated prosecutors with a mandate, national coverage and involvement early in investigations. Consider whether they also advise colleagues on electronic evidence in other kinds of crime.",
        },
        levels: [
          { en: "No prosecutors are designated for cybercrime cases." },
          { en: "Cybercrime cases go to whichever prosecutor is on duty; a few have informal experience." },
          { en: "Prosecutors or a unit are designated, but they are few, untrained or burdened with other priorities, and cover only part of the country." },
          { en: "A specialised unit or network of trained prosecutors handles cybercrime nationwide and guides investigations from an early stage." },
          { en: "The specialists' caseload and results are monitored, resources are adjusted, and they issue guidance to prosecutors handling electronic evidence in other crimes." },
        ],
        evidenceGuidance: {
          en: "Decision designating the prosecutors or unit; list of prosecutors and their training; caseload statistics; guidance issued.",
        },
        uncacArticles: [21, 54],
        budapestArticles: [],
      },
      {
        code: "PRO-02",
        weight: 2,
        title: { en: "Training of prosecutors" },
        question: {
          en: "Do prosecutors receive regular training on cybercrime offences, electronic evidence and international cooperation?",
        },
        guidance: {
          en: "Consider initial training at the prosecutors' training institution, specialised courses for designated prosecutors, and basic electronic evidence training for all prosecutors. Donor-led events that are not part of the national curriculum count as level 1.",
        },
        levels: [
          { en: "Prosecutors receive no training on cybercrime or electronic evidence." },
          { en: "Some prosecutors attend ad hoc courses, mostly donor-funded." },
          { en: "The training institution offers modules, but they are optional or reach few prosecutors." },
          { en: "Cybercrime and electronic evidence are part of initial and continuing training for all prosecutors, with advanced courses for specialists." },
          { en: "The effect of training is evaluated, content is updated with case law and new threats, and trained prosecutors act as trainers." },
        ],
        evidenceGuidance: {
          en: "Training curricula; training records and numbers trained; pool of trainers; evaluation reports.",
        },
        uncacArticles: [54],
        budapestArticles: [],
      },
      {
        code: "PRO-03",
        weight: 2,
        title: { en: "Training and specialisation of judges" },
        question: {
          en: "Are judges trained to hear cybercrime cases and to assess electronic evidence?",
        },
        guidance: {
          en: "Consider the curricula of the judicial training institution, specialised chambers or designated judges, and bench books or guidance on electronic evidence. Respect judicial independence: training should be delivered through the judiciary's own institutions where possible.",
        },
        levels: [
          { en: "Judges receive no training on cybercrime or electronic evidence." },
          { en: "Some judges have attended isolated seminars." },
          { en: "The judicial training institution offers a module, but few judges take it or it reaches only some courts." },
          { en: "Judges hearing criminal cases are trained on cybercrime and electronic evidence, and a bench book or guidance is available to them." },
          { en: "Training is evaluated and updated with case law, and specialised judges share knowledge through judicial networks." },
        ],
        evidenceGuidance: {
          en: "Judicial training curricula and attendance; bench books or guidance; designation of specialised judges or chambers.",
        },
        uncacArticles: [54],
        budapestArticles: [],
      },
      {
        code: "PRO-04",
        weight: 2,
        title: { en: "Presentation of digital evidence in court" },
        question: {
          en: "Are digital evidence and forensic findings presented to courts in a clear and reliable way, with expert testimony where needed?",
        },
        guidance: {
          en: "Consider the standard format of forensic reports, the rules for appointing and hearing experts, the ability of prosecutors to explain technical evidence, and courtroom facilities to display digital material. Look at how often digital evidence is challenged or misunderstood in court.",
        },
        levels: [
          { en: "Digital evidence is not presented in court." },
          { en: "Digital evidence is occasionally presented as printouts, without expert testimony or standard reports." },
          { en: "Standard report formats and rules on experts exist, but experts are rarely heard and courts lack the means to display digital evidence." },
          { en: "Forensic reports follow a standard format, experts testify when needed, and courts can display and examine digital evidence." },
          { en: "Court outcomes and challenges relating to digital evidence are reviewed, and report formats and expert practice are improved accordingly." },
        ],
        evidenceGuidance: {
          en: "Forensic report templates; rules on expert witnesses; anonymised judgments; courtroom equipment.",
        },
        uncacArticles: [23],
        budapestArticles: [14],
      },
      {
        code: "PRO-05",
        weight: 1,
        title: { en: "Case tracking and criminal justice statistics" },
        question: {
          en: "Are cybercrime cases tracked from report through investigation, prosecution and judgment, with statistics on their outcomes?",
        },
        guidance: {
          en: "Consider whether the case management systems of police, prosecution and courts flag cybercrime cases and cases relying on electronic evidence, whether a case can be followed across agencies, and whether attrition and duration are analysed.",
        },
        levels: [
          { en: "Cybercrime cases are not identified in any case records." },
          { en: "Some agencies can list their cybercrime cases, but records are manual or cannot be linked across agencies." },
          { en: "Case management systems flag cybercrime cases, but data are incomplete or agencies use different classifications." },
          { en: "Police, prosecution and courts record cybercrime cases under a common classification and produce annual statistics on outcomes." },
          { en: "Cases can be followed from end to end, attrition and duration are analysed and the results are used to remove bottlenecks." },
        ],
        evidenceGuidance: {
          en: "Description of case management systems; classification codes; annual statistics on cases, prosecutions, convictions and duration.",
        },
        uncacArticles: [21, 55],
        budapestArticles: [],
      },
      {
        code: "PRO-06",
        weight: 1,
        title: { en: "Sanctions and sentencing" },
        question: {
          en: "Do courts impose sanctions for cybercrime offences that are effective, proportionate and consistent?",
        },
        guidance: {
          en: "Look at the sentences handed down, any sentencing guidelines for cybercrime, the use of aggravating circumstances such as harm to children or to critical infrastructure, and consistency across courts. Consider also sanctions imposed on legal persons.",
        },
        levels: [
          { en: "No cybercrime case has reached sentencing." },
          { en: "Sentences are imposed in isolated cases and nothing is known about their consistency." },
          { en: "Convictions occur regularly, but sentences vary widely and sentencing data are not compiled." },
          { en: "Sentencing data are compiled and sentences are broadly consistent, reflecting aggravating circumstances and harm to victims." },
          { en: "Sentencing practice is reviewed, guidelines are issued or updated, and sanctions on legal persons are applied where relevant." },
        ],
        evidenceGuidance: {
          en: "Sentencing statistics; sentencing guidelines; selected anonymised judgments.",
        },
        uncacArticles: [18, 21],
        budapestArticles: [13],
      },
      {
        code: "PRO-07",
        weight: 2,
        title: { en: "Confiscation of proceeds of cybercrime" },
        question: {
          en: "Are proceeds of cybercrime, including virtual assets, frozen and confiscated and, where appropriate, returned to victims?",
        },
        guidance: {
          en: "Consider whether financial investigations run alongside cybercrime cases, whether courts order confiscation, including of virtual assets, whether value-based confiscation is available and used, and whether compensation of victims is given priority. Include assets located abroad and recovered through international cooperation.",
        },
        levels: [
          { en: "Proceeds of cybercrime are not frozen or confiscated." },
          { en: "Freezing or confiscation happens in isolated cases, without a financial investigation." },
          { en: "Financial investigation and confiscation are used in some cases, but virtual assets and assets abroad are rarely reached." },
          { en: "Freezing and confiscation, including of virtual assets, are pursued routinely in profit-driven cases, and victims are compensated where possible." },
          { en: "Amounts frozen, confiscated and returned are tracked, asset management is audited and assets abroad are actively recovered." },
        ],
        evidenceGuidance: {
          en: "Statistics on freezing and confiscation orders and their value; cases involving virtual assets; reports of the asset management body; victim compensation records.",
        },
        uncacArticles: [31, 50, 52],
        budapestArticles: [],
      },
      {
        code: "PRO-08",
        weight: 2,
        title: { en: "Victims and witnesses in proceedings" },
        question: {
          en: "Are victims and witnesses of cybercrime, especially children, protected and supported throughout criminal proceedings?",
        },
        guidance: {
          en: "Consider child-friendly interview rooms and procedures, recorded testimony to avoid repeated questioning, protection of identities and images in court, information to victims on the progress of their case, and the possibility of claiming compensation.",
        },
        levels: [
          { en: "No measures protect or support victims and witnesses in proceedings." },
          { en: "Protective measures are taken at the discretion of individual judges or prosecutors." },
          { en: "Protective measures are provided for in law, but most courts lack the facilities, trained staff or procedures to apply them." },
          { en: "Protective measures, child-friendly procedures and information to victims are applied in practice in cybercrime cases, with trained staff and facilities." },
          { en: "The experience of victims and witnesses is monitored and measures are improved, including for new forms of harm such as image-based abuse." },
        ],
        evidenceGuidance: {
          en: "Legal provisions; procedures for child victims and witnesses; description of facilities; number of cases using protective measures; feedback from victims.",
        },
        uncacArticles: [33, 34],
        budapestArticles: [],
      },
    ],
  },
  // ---------------------------------------------------------------------------------------------
  {
    code: "LEG",
    name: {
      en: "Legal framework",
      fr: "Cadre juridique",
      es: "Marco jurídico",
      ru: "Правовая база",
      zh: "法律框架",
      ar: "الإطار القانوني",
    },
    description: {
      en: "Substantive offences, procedural powers and their safeguards, jurisdiction, data protection and the legal basis for international cooperation, measured against the United Nations Convention against Cybercrime.",
      fr: "Infractions, pouvoirs procéduraux et garanties qui les encadrent, compétence, protection des données et base juridique de la coopération internationale, au regard de la Convention des Nations Unies contre la cybercriminalité.",
      es: "Delitos, facultades procesales y sus salvaguardias, jurisdicción, protección de datos y base jurídica de la cooperación internacional, en relación con la Convención de las Naciones Unidas contra la Ciberdelincuencia.",
      ru: "Составы преступлений, процессуальные полномочия и гарантии их применения, юрисдикция, защита данных и правовая основа международного сотрудничества в сопоставлении с Конвенцией Организации Объединенных Наций против киберпреступности.",
      zh: "实体罪行、程序权力及其保障措施、管辖权、数据保护以及国际合作的法律依据，对照《联合国打击网络犯罪公约》衡量。",
      ar: "الجرائم الموضوعية، والصلاحيات الإجرائية وضماناتها، والولاية القضائية، وحماية البيانات، والأساس القانوني للتعاون الدولي، مقيسةً على اتفاقية الأمم المتحدة لمكافحة الجريمة السيبرانية.",
    },
    indicators: [
      {
        code: "LEG-01",
        weight: 3,
        title: { en: "Offences against computer data and systems" },
        question: {
          en: "Does domestic law criminalise illegal access, illegal interception, interference with data or systems and misuse of devices as set out in the Convention?",
        },
        guidance: {
          en: "Compare each offence in domestic law with articles 7 to 11 of the Convention, including the mental element and any conditions the Convention permits. Reliance on old general offences, such as theft or damage to property, that courts have not applied to data counts as a gap.",
        },
        levels: [
          { en: "None of these conducts is criminalised." },
          { en: "Some conducts can be prosecuted only by stretching general offences, with uncertain results." },
          { en: "Specific offences exist for some conducts, but others are missing or drafted too narrowly or too broadly." },
          { en: "All five offences are criminalised in line with the Convention and are applied in practice." },
          { en: "Application of the offences is reviewed, case law is consistent, and the law is amended where gaps or over-breadth are found." },
        ],
        evidenceGuidance: {
          en: "Text of the relevant provisions; a comparison table against articles 7 to 11; case law; reform proposals.",
        },
        uncacArticles: [7, 8, 9, 10, 11],
        budapestArticles: [2, 3, 4, 5, 6],
      },
      {
        code: "LEG-02",
        weight: 2,
        title: { en: "ICT-related forgery, theft and fraud" },
        question: {
          en: "Does domestic law criminalise ICT-related forgery and ICT-related theft or fraud in line with the Convention?",
        },
        guidance: {
          en: "Check whether fraud offences cover the manipulation of data or systems without deceiving a person, and whether forgery covers electronic data intended to be relied on as authentic. Consider how online scams such as business email compromise are charged in practice.",
        },
        levels: [
          { en: "Neither ICT-related forgery nor ICT-related fraud is criminalised." },
          { en: "Such conduct is prosecuted under general forgery or fraud offences that do not clearly cover data or systems." },
          { en: "Specific provisions exist, but they leave gaps, for example fraud committed by manipulating a system without deceiving a person." },
          { en: "ICT-related forgery, theft and fraud are criminalised in line with the Convention and the provisions are used in practice." },
          { en: "Prosecution outcomes are reviewed and the provisions are updated to cover new fraud schemes." },
        ],
        evidenceGuidance: {
          en: "Text of the provisions; comparison with articles 12 and 13; case law or charging statistics.",
        },
        uncacArticles: [12, 13],
        budapestArticles: [7, 8],
      },
      {
        code: "LEG-03",
        weight: 2,
        title: { en: "Child abuse material, grooming, intimate images" },
        question: {
          en: "Does domestic law criminalise online child sexual abuse or exploitation material, the solicitation or grooming of children and the non-consensual dissemination of intimate images?",
        },
        guidance: {
          en: "Check that a child is defined as anyone under 18, that producing, offering, distributing, procuring, possessing and accessing material are covered, and that grooming is an offence even without a physical meeting. Consider whether children themselves are protected from prosecution for images they generated.",
        },
        levels: [
          { en: "None of these conducts is specifically criminalised." },
          { en: "Only general obscenity or indecency offences apply, which fall short of the Convention." },
          { en: "Specific offences exist, but some conducts (such as possession, access, grooming or intimate image abuse) or the age threshold fall short." },
          { en: "All three offences are criminalised in line with the Convention, with safeguards for children, and are applied in practice." },
          { en: "Application of the offences is reviewed and the law is updated for new forms of abuse such as live-streamed abuse and artificially generated material." },
        ],
        evidenceGuidance: {
          en: "Text of the provisions; comparison with articles 14 to 16; case law and statistics; reform proposals.",
        },
        uncacArticles: [14, 15, 16],
        budapestArticles: [9],
      },
      {
        code: "LEG-04",
        weight: 2,
        title: { en: "Laundering, legal persons, attempt, limitation" },
        question: {
          en: "Does the law cover laundering of the proceeds of cybercrime, liability of legal persons, participation and attempt, and adequate limitation periods for cybercrime offences?",
        },
        guidance: {
          en: "Check that cybercrime offences are predicate offences for money laundering, that companies can be held criminally, civilly or administratively liable, that aiding and attempt are punishable, and that limitation periods leave time to complete complex cross-border cases.",
        },
        levels: [
          { en: "None of these elements is provided for in relation to cybercrime offences." },
          { en: "Some elements apply through general criminal law, but it is unclear whether they cover cybercrime offences." },
          { en: "Most elements are covered, but there are gaps such as no liability of legal persons or short limitation periods." },
          { en: "All elements are provided for in line with the Convention and are applied in cybercrime cases." },
          { en: "Application is reviewed and the provisions are adjusted, for example to cover laundering through virtual assets." },
        ],
        evidenceGuidance: {
          en: "Text of the provisions; list of predicate offences; comparison with articles 17 to 20; cases involving legal persons or laundering.",
        },
        uncacArticles: [17, 18, 19, 20],
        budapestArticles: [11, 12],
      },
      {
        code: "LEG-05",
        weight: 3,
        title: { en: "Procedural powers for electronic evidence" },
        question: {
          en: "Does domestic law provide the procedural powers of the Convention: expedited preservation, production orders, search and seizure of data, real-time collection of traffic data and interception of content data?",
        },
        guidance: {
          en: "Check that each power exists specifically for electronic data, is available for the criminal offences the Convention covers, and can be used in practice. Powers derived only from the traditional search of physical objects are a gap.",
        },
        levels: [
          { en: "No specific procedural powers for electronic data exist." },
          { en: "Only traditional search and seizure powers exist, and applying them to electronic data is legally uncertain." },
          { en: "Some specific powers exist, but key ones, such as expedited preservation or production orders, are missing." },
          { en: "All the powers of articles 25 to 30 are provided for in law and are used in practice." },
          { en: "Use of each power is monitored and reported, and the law is amended where gaps or problems appear." },
        ],
        evidenceGuidance: {
          en: "Text of the procedural provisions; comparison with articles 23 to 30; statistics on the use of each power; case law.",
        },
        uncacArticles: [23, 25, 26, 27, 28, 29, 30],
        budapestArticles: [14, 16, 17, 18, 19, 20, 21],
      },
      {
        code: "LEG-06",
        weight: 3,
        title: { en: "Conditions, safeguards and human rights" },
        question: {
          en: "Are procedural powers subject to conditions and safeguards that protect human rights, including judicial or other independent authorisation, proportionality and remedies?",
        },
        guidance: {
          en: "Check for prior judicial or other independent authorisation of intrusive powers, limits on their scope and duration, the grounds justifying their use, oversight and reporting, and remedies for the persons affected. Consider also whether offences are defined in ways that could restrict freedom of expression.",
        },
        levels: [
          { en: "Procedural powers are not subject to any specific conditions or safeguards." },
          { en: "Some safeguards exist in general law, but intrusive powers can be used without independent authorisation." },
          { en: "Safeguards are provided for most powers, but limits on duration, oversight or remedies are missing." },
          { en: "All powers are subject to independent authorisation, proportionality, limits on scope and duration, oversight and effective remedies." },
          { en: "Use of the powers is reported publicly and reviewed by an independent oversight body, and safeguards are strengthened where shortcomings are found." },
        ],
        evidenceGuidance: {
          en: "Constitutional and legal provisions; authorisation procedures; reports of oversight bodies; statistics on authorisations; data on remedies and complaints.",
        },
        uncacArticles: [6, 24],
        budapestArticles: [15],
      },
      {
        code: "LEG-07",
        weight: 2,
        title: { en: "Jurisdiction over cybercrime" },
        question: {
          en: "Can domestic courts exercise jurisdiction over cybercrime committed in the territory, by or against nationals, or by an offender present in the territory who is not extradited?",
        },
        guidance: {
          en: "Compare the grounds of jurisdiction with article 22 of the Convention, including offences committed partly in the territory, offences on board ships and aircraft, and the obligation to prosecute when extradition is refused on the ground of nationality.",
        },
        levels: [
          { en: "Jurisdiction is limited to offences committed wholly in the territory, so cross-border cybercrime often escapes prosecution." },
          { en: "Jurisdiction over cross-border cybercrime is uncertain and depends on how courts interpret the law." },
          { en: "Territorial and nationality grounds are clear, but other grounds, such as jurisdiction when extradition is refused, are missing." },
          { en: "All the grounds of jurisdiction in the Convention are provided for and are applied in cross-border cybercrime cases." },
          { en: "Conflicts of jurisdiction are settled through consultation with other States, and practice is reviewed." },
        ],
        evidenceGuidance: {
          en: "Text of the jurisdiction provisions; comparison with article 22; cross-border cases prosecuted.",
        },
        uncacArticles: [22],
        budapestArticles: [22],
      },
      {
        code: "LEG-08",
        weight: 2,
        title: { en: "Legal basis for international cooperation" },
        question: {
          en: "Does the law provide a sound basis for extradition, mutual legal assistance and other international cooperation in cybercrime matters, including with States with which there is no bilateral treaty?",
        },
        guidance: {
          en: "Check whether the country is party to the Convention or other relevant treaties, whether domestic law allows cooperation on the basis of a multilateral convention or reciprocity, whether cybercrime offences are extraditable, and whether procedural powers can be used on behalf of foreign States.",
        },
        levels: [
          { en: "There is no legal basis for extradition or mutual legal assistance in cybercrime matters." },
          { en: "Cooperation is possible only with a few States under bilateral treaties or through case-by-case arrangements." },
          { en: "A general law on international cooperation exists, but cybercrime offences, electronic evidence or cooperation without a treaty are not clearly covered." },
          { en: "The country is party to the Convention or equivalent instruments, cybercrime offences are extraditable and domestic procedural powers can be used for foreign requests." },
          { en: "Refusals and delays in practice are analysed, and laws, treaties and declarations are updated to remove legal obstacles." },
        ],
        evidenceGuidance: {
          en: "Ratification status; law on international cooperation; list of treaties; data on requests refused on legal grounds.",
        },
        uncacArticles: [35, 37, 40, 41, 47],
        budapestArticles: [23, 24, 25, 27, 35],
      },
      {
        code: "LEG-09",
        weight: 2,
        title: { en: "Protection of personal data" },
        question: {
          en: "Are personal data processed and transferred in criminal investigations and international cooperation protected by law and by independent oversight?",
        },
        guidance: {
          en: "Check for data protection rules that cover law enforcement and criminal justice authorities, conditions for transferring personal data to other States, limits on further use of data received, and an independent authority with powers over these bodies.",
        },
        levels: [
          { en: "There are no data protection rules for law enforcement and criminal justice authorities." },
          { en: "General principles exist, but processing by law enforcement and international transfers are not covered." },
          { en: "A data protection law covers law enforcement, but oversight is weak or rules on international transfers are missing." },
          { en: "Processing by law enforcement and international transfers are governed by law and supervised by an independent authority." },
          { en: "Compliance is audited, complaints are handled effectively, and the rules are reviewed as cooperation practices change." },
        ],
        evidenceGuidance: {
          en: "Data protection law and regulations; transfer rules or agreements; reports of the supervisory authority; audit reports.",
        },
        uncacArticles: [6, 36],
        budapestArticles: [],
      },
    ],
  },
];
