//! Golden tests of the theme tracker on the bundled corpus.
//!
//! `READER` is what a careful reader marks for every paragraph of the five
//! bundled articles, written down from the text before the lexicon was tuned:
//! does the paragraph speak of the centre (ministers, government, national
//! plans and guidance, targets, performance management, regional offices,
//! inspection and intervention)? Of the local side (trusts and managers free to
//! decide, local leadership, decentralisation, acting without being told)?
//! Which way does it lean: `L` local, `C` central, `0` balanced or neither.
//! A paragraph that only speaks of one side without arguing leans that way.

/// (article id prefix, paragraph index, speaks of central, speaks of local, lean)
const READER: &[(&str, usize, bool, bool, char)] = &[
    // 000: IHM conference, Harrogate, 2000. The centre's message.
    ("000", 0, false, true, 'L'),  // 'Don't wait for advice: start now'
    ("000", 1, true, false, 'C'),  // message delivered by the centre; the NHS plan
    ("000", 2, false, false, '0'), // Conservatives, private healthcare, the media
    ("000", 3, false, false, '0'),
    ("000", 4, false, false, '0'),
    ("000", 5, true, false, 'C'), // Milburn gave trusts until April to show improvements
    ("000", 6, true, false, 'C'), // DoH standard, measured, cash linked to behaviour
    ("000", 7, false, false, '0'),
    ("000", 8, true, false, 'C'), // performance-managed ... objectives and targets
    ("000", 9, true, false, 'C'), // the commitment I expect you to make
    ("000", 10, false, true, 'L'), // staff would determine how the money was spent
    ("000", 11, false, false, '0'),
    ("000", 12, true, true, 'L'),  // do not wait to be told what to do
    ("000", 13, false, true, 'L'), // don't ask for advice, get on and do something
    ("000", 14, false, false, '0'),
    ("000", 15, true, true, 'L'), // health secretary, regional offices cannot; only you
    ("000", 16, false, false, '0'),
    ("000", 17, true, true, '0'), // 'tension' between central control and local delivery
    ("000", 18, false, false, '0'), // welcomed the cancer plan
    ("000", 19, false, true, 'L'), // the local networks needed to deliver it
    ("000", 20, true, false, 'C'), // the NHS Executive had done its sums
    ("000", 21, false, false, '0'),
    ("000", 22, true, true, '0'), // tensions between central and local control
    ("000", 23, true, true, '0'), // mad for the centre ... mad for 400 trusts
    // 001: NHS Confederation conference, Glasgow, 2000. Earned autonomy.
    ("001", 0, true, false, 'C'), // awaiting the national plan
    ("001", 1, true, true, 'L'),  // freedom ... without political interference
    ("001", 2, true, true, '0'),  // ministers will measure; green left to run their own affairs
    ("001", 3, true, true, 'L'),  // national plan will give local managers more freedom
    ("001", 4, false, false, '0'),
    ("001", 5, true, false, 'C'), // annual report cards
    ("001", 6, true, false, 'C'), // classified green, amber or red
    ("001", 7, true, true, 'L'),  // regional office off the back; freedom for manoeuvre
    ("001", 8, true, false, 'C'), // escalating interventions, regional offices
    ("001", 9, true, false, 'C'), // CHI, National Patient Access Team
    ("001", 10, true, true, 'L'), // power would shift from ministers to local NHS bodies
    ("001", 11, true, true, 'L'), // step in firmly ... step back further
    ("001", 12, true, true, 'L'), // earned autonomy; local flexibility, national drive
    ("001", 13, true, true, 'L'), // depoliticisation; traffic lights; measuring
    ("001", 14, false, false, '0'),
    ("001", 15, true, false, 'C'), // the schools regulator's power
    ("001", 16, true, false, 'C'), // CHI tough with poor performers
    ("001", 17, true, false, 'C'), // centralising control
    ("001", 18, true, false, 'C'), // got a grip on the system
    ("001", 19, true, false, 'L'), // rebutting 'control freakery' with an independent panel
    ("001", 20, true, false, 'C'), // the national plan
    ("001", 21, false, false, '0'),
    ("001", 22, false, false, '0'),
    ("001", 23, false, false, '0'),
    // 002: conference focus, 2001. GP contract talks handed to the Confederation.
    ("002", 0, false, true, 'L'), // standfirst: his intention to hand negotiations ... over
    ("002", 1, true, false, 'L'), // government will hand over negotiations
    ("002", 2, true, false, 'L'), // the NHS rather than a government department or ministers
    ("002", 3, false, false, '0'),
    ("002", 4, false, false, '0'),
    ("002", 5, false, false, '0'),
    ("002", 6, false, false, '0'),
    ("002", 7, false, false, '0'),
    ("002", 8, false, false, '0'),
    ("002", 9, true, false, 'C'), // second-term emphasis on 'delivery'; allocating £75m
    ("002", 10, false, true, 'L'), // direct cash allocations, block capital funds directly
    ("002", 11, false, false, '0'),
    ("002", 12, false, true, 'L'), // genuine about decentralisation
    ("002", 13, false, true, 'L'), // GPs in my own area want flexibility
    ("002", 14, false, true, 'L'), // those who manage primary healthcare on the ground
    ("002", 15, false, false, '0'),
    ("002", 16, true, false, 'C'), // he retained ultimate responsibility for funding
    ("002", 17, false, true, 'L'), // frontline experience
    ("002", 18, true, false, 'C'), // cannot delegate his responsibility
    // 003: blog, 2024. National guidance and local leadership.
    ("003", 0, true, true, 'L'), // central guidance ... local leadership empowered
    ("003", 1, true, true, '0'), // national guidance and local leadership
    ("003", 2, false, false, '0'),
    ("003", 3, false, false, '0'),
    ("003", 4, false, false, '0'), // 'front and centre' is not the centre
    ("003", 5, true, false, 'L'),  // planning guidance ... needs to focus on fewer things
    ("003", 6, true, false, 'C'),  // the planning guidance
    ("003", 7, false, false, '0'),
    ("003", 8, true, false, 'L'),   // guidance comes down from on high
    ("003", 9, true, false, 'C'),   // central planning guidance
    ("003", 10, true, false, 'C'),  // nationalised industry; a national system
    ("003", 11, false, false, '0'), // a national general election
    ("003", 12, true, false, 'C'),  // central government mandate
    ("003", 13, true, false, 'C'),  // national Government ... powerful new directions
    ("003", 14, true, true, 'L'),   // the more Whitehall tells them what to do
    ("003", 15, true, false, 'L'),  // run from the top, the less it is likely to achieve
    ("003", 16, true, true, '0'),   // an end to the nationalised industry / local diversity; both
    ("003", 17, true, false, 'L'),  // national drive that doesn't tell clinicians what to do
    ("003", 18, true, true, 'L'),   // national to local translation
    ("003", 19, true, true, 'L'),   // local NHS leadership ... rather than telling people
    ("003", 20, true, true, 'L'),   // nationalised industry ... invest in local leaders
    ("003", 21, false, false, '0'),
    ("003", 22, false, false, '0'),
    ("003", 23, false, false, '0'),
    ("003", 24, true, true, 'L'), // local NHS leaders articulate the national to the local
    ("003", 25, false, true, 'L'), // invest in the local leaders
    // 004: news focus, 2001. Letting go.
    ("004", 0, true, false, 'L'), // micro-management at the government's peril
    ("004", 1, true, true, 'L'),  // letting go
    ("004", 2, true, false, 'L'), // an end to micro-management
    ("004", 3, false, true, 'L'), // decentralisation; local debate; local headlines
    ("004", 4, true, true, '0'),  // decentralised or centralised manner
    ("004", 5, false, false, '0'), // meetings with ministers
    ("004", 6, false, false, '0'),
    ("004", 7, false, false, '0'),
    ("004", 8, false, false, '0'),
    ("004", 9, true, false, 'L'), // holds back ... the political context
    ("004", 10, true, true, 'L'), // brief about targets and left to get on with it
    ("004", 11, true, false, 'L'), // less emphasis on performance targets
    ("004", 12, true, false, '0'), // own performance management model; critique of traffic lights
    ("004", 13, false, true, 'L'), // managers allowed to think radically
    ("004", 14, false, false, '0'),
    ("004", 15, true, false, 'C'), // a further generous Treasury settlement
];

/// A second careful reader's marks for the same 109 paragraphs (same
/// columns), made independently from the paragraph text alone, without sight
/// of the lexicon or of `READER`. Comments are that reader's reasons.
type Marks = &'static [(&'static str, usize, bool, bool, char)];

const READER_B: &[(&str, usize, bool, bool, char)] = &[
    ("000", 0, false, true, 'L'), // minister's message: don't wait for advice, start now
    ("000", 1, true, false, 'C'), // the centre tells managers to keep delivering the national plan
    ("000", 2, false, false, '0'), // Conservative private-healthcare push and media; not central vs local
    ("000", 3, false, false, '0'), // NHS must modernise; no control theme
    ("000", 4, false, false, '0'), // start now with discussion everywhere; no clear central/local control
    ("000", 5, true, true, '0'), // central deadline for trusts, but staff choose how to spend the £25k
    ("000", 6, true, false, 'C'), // DoH standard; trusts measured, with cash tied to how they behave
    ("000", 7, false, false, '0'), // staff-care quote; no control theme
    ("000", 8, true, false, 'C'), // HR to be performance-managed like other targets
    ("000", 9, true, false, 'C'), // central standard states the commitment the minister expects
    ("000", 10, false, true, 'L'), // staff decide how the allocated money is spent
    ("000", 11, false, true, 'L'), // wants restless managers who challenge the status quo
    ("000", 12, false, true, 'L'), // don't wait to be told; do what needs doing
    ("000", 13, true, true, 'L'), // don't wait for central advice; get on and act locally
    ("000", 14, true, false, 'C'), // national plan praised as an opportunity, with support and new money
    ("000", 15, true, true, 'L'), // minister and regional offices can't deliver; only local managers can
    ("000", 16, false, false, '0'), // a movement to transform the NHS; no control theme
    ("000", 17, true, true, '0'), // managers name a tension between central control and local delivery
    ("000", 18, true, false, 'C'), // welcome for the national cancer plan
    ("000", 19, false, true, 'L'), // doubts that local networks can be built to deliver
    ("000", 20, true, false, 'C'), // central finance director: NHS Executive says plan is affordable
    ("000", 21, true, false, 'C'), // optimism about the national cancer plan and framework
    ("000", 22, true, true, '0'),  // admits tensions between central and local control
    ("000", 23, true, true, '0'), // mad for the centre to run everything, and mad for trusts to reinvent the wheel
    ("001", 0, true, false, 'C'), // managers wait for the national plan to be unveiled
    ("001", 1, true, true, 'L'),  // managers promised freedom from political interference
    ("001", 2, true, true, '0'), // ministers measure with traffic lights; green bodies run their own affairs
    ("001", 3, true, true, 'L'), // national plan to give local managers more freedom
    ("001", 4, false, false, '0'), // services moving between health and social services; not control
    ("001", 5, true, false, 'C'),  // central annual report cards on quality
    ("001", 6, true, false, 'C'),  // central green/amber/red ratings, made public
    ("001", 7, true, true, 'L'), // regional office off the back of green bodies; money without approval
    ("001", 8, true, false, 'C'), // escalating regional interventions for failing bodies
    ("001", 9, true, false, 'C'), // CHI and the National Patient Access Team sent in to help
    ("001", 10, true, true, 'L'), // power to shift from ministers to local bodies
    ("001", 11, true, true, '0'), // step in for the few, step back from the many
    ("001", 12, true, true, '0'), // earned autonomy joins local flexibility with national standards
    ("001", 13, true, true, 'L'), // welcomes depoliticisation; criticises absolute national standards
    ("001", 14, true, false, '0'), // risk of the red rating; criticises central scheme without arguing for local
    ("001", 15, true, false, 'C'), // closures and a comparison with the OFSTED regulator
    ("001", 16, true, false, 'C'), // CHI's role: tough or supportive central body
    ("001", 17, true, false, 'C'), // defends record of centralising control
    ("001", 18, true, false, 'C'), // government 'got a grip on the system'
    ("001", 19, true, false, '0'), // national independent panel to rebut 'control freakery'
    ("001", 20, false, false, '0'), // networks of care and lead commissioner; structure, not control
    ("001", 21, false, false, '0'), // single provider trust; no control theme
    ("001", 22, false, false, '0'), // split of service leads between NHS and social services
    ("001", 23, false, false, '0'), // website note
    ("002", 0, true, true, 'L'),    // government hands GP contract talks to the NHS Confederation
    ("002", 1, true, true, 'L'),    // government hands GP negotiations to the NHS
    ("002", 2, true, true, 'L'), // the NHS, not a government department, should speak for employers
    ("002", 3, false, true, 'L'), // NHS should speak for itself
    ("002", 4, false, false, '0'), // Confederation to consult; procedural
    ("002", 5, false, false, '0'), // public service ethos vs private sector; not central vs local
    ("002", 6, false, false, '0'), // cooperation with the private sector
    ("002", 7, false, false, '0'), // echoes Downing Street on PPP; not central vs local
    ("002", 8, true, false, 'C'), // minister: no veto on reform or on its pace
    ("002", 9, true, false, 'C'), // government delivery emphasis and centrally allocated reform money
    ("002", 10, false, true, 'L'), // PCTs and trusts get cash and capital directly
    ("002", 11, false, false, '0'), // delegates praise the speech; no theme
    ("002", 12, true, true, 'L'), // move shows government genuine about decentralisation
    ("002", 13, false, true, 'L'), // local flexibility; NHS experience brought into the negotiations
    ("002", 14, false, true, 'L'), // those managing primary care on the ground take the driving seat
    ("002", 15, false, false, '0'), // BMA welcome
    ("002", 16, true, false, 'C'), // secretary of state keeps ultimate responsibility for funding
    ("002", 17, false, true, 'L'), // Confederation's frontline experience a constructive way forward
    ("002", 18, true, true, 'C'),  // conduct delegated, but the centre's responsibility cannot be
    ("003", 0, true, true, 'L'),   // central guidance should empower local leadership
    ("003", 1, true, true, '0'),   // topic: national guidance and local leadership
    ("003", 2, false, false, '0'), // younger staff and discretionary time; no control theme
    ("003", 3, false, false, '0'), // employers must cherish staff; no control theme
    ("003", 4, false, false, '0'), // staff experience central to the NHS future
    ("003", 5, true, false, 'L'),  // planning guidance late; should focus on fewer things
    ("003", 6, true, false, 'C'),  // planning guidance must reach frontline consultations
    ("003", 7, false, false, '0'), // assume an impact; no theme by itself
    ("003", 8, true, true, 'L'),   // top-down guidance felt by clinicians as turning the screw
    ("003", 9, true, false, '0'),  // how central guidance is communicated matters
    ("003", 10, true, false, 'C'), // NHS a nationalised, national system the public expects
    ("003", 11, false, false, '0'), // NHS salient in the general election
    ("003", 12, true, false, 'C'), // central government mandate to improve output
    ("003", 13, true, false, 'C'), // new government to set guidance with powerful directions
    ("003", 14, true, true, 'L'), // the more Whitehall directs clinicians, the less engaged they are
    ("003", 15, true, false, 'L'), // run from the top, the NHS achieves less
    ("003", 16, true, true, '0'), // national industry and local diversity must go together
    ("003", 17, true, true, 'L'), // national drive must not tell clinicians what to do
    ("003", 18, true, true, 'L'), // local leaders must translate national guidance
    ("003", 19, true, true, 'L'), // local leadership's task to translate the national
    ("003", 20, true, true, 'L'), // invest in tens of thousands of local leaders
    ("003", 21, false, false, '0'), // Francis report reference only
    ("003", 22, false, false, '0'), // Messenger report reference only
    ("003", 23, false, false, '0'), // nothing happens; no theme by itself
    ("003", 24, true, true, 'L'), // future depends on local leaders linking national and local
    ("003", 25, false, true, 'L'), // invest seriously in local leaders
    ("004", 0, true, false, 'L'), // micro-management continues at the government's peril
    ("004", 1, true, false, 'L'), // tells government that letting go is healthy
    ("004", 2, true, false, 'L'), // calls for an end to micro-management
    ("004", 3, true, true, 'L'),  // talk of decentralisation; will local debate be allowed?
    ("004", 4, true, true, '0'),  // structures could be used centrally or locally
    ("004", 5, false, false, '0'), // meetings with ministers; procedural
    ("004", 6, false, false, '0'), // gap between delivery and expectations; money
    ("004", 7, false, false, '0'), // service models and private sector role
    ("004", 8, false, false, '0'), // level playing field with the private sector
    ("004", 9, true, true, 'L'),  // political context holds back public sector management
    ("004", 10, true, true, 'L'), // simple brief on targets, then left to get on with it
    ("004", 11, true, false, '0'), // fewer straight-line targets, a more sophisticated approach
    ("004", 12, true, false, '0'), // critique of crude traffic lights; alternative performance system
    ("004", 13, false, true, 'L'), // managers allowed to think radically; leadership investment
    ("004", 14, false, false, '0'), // skill mix; no control theme
    ("004", 15, false, false, '0'), // call for a Treasury funding settlement
];

/// A third careful reader's marks (same columns), made the same way as
/// reader B's once reader B's had come to be tuned on: from the paragraph
/// text alone, without sight of the lexicon, the program's output or the
/// other readers' marks. Comments are that reader's reasons.
const READER_C: &[(&str, usize, bool, bool, char)] = &[
    ("000", 0, true, true, 'L'), // health secretary's message to managers is act on your own: "don't wait for advice"
    ("000", 1, true, false, 'C'), // the centre tells managers to keep delivering the national plan
    ("000", 2, false, false, '0'), // party politics, private care, public confidence; says nothing of who controls
    ("000", 3, false, false, '0'), // a general call to modernise
    ("000", 4, false, false, '0'), // start the discussion now; says nothing of who governs
    ("000", 5, true, true, '0'), // minister sets trusts a deadline, but staff choose how to spend the money
    ("000", 6, true, false, 'C'), // DoH standard, trusts measured, cash tied to behaviour, DoH funds training
    ("000", 7, false, false, '0'), // staff and care quality only
    ("000", 8, true, false, 'C'), // HR to be performance-managed like other targets
    ("000", 9, true, false, 'C'), // national standard and the minister's expectations; the flexibility meant is in working patterns
    ("000", 10, true, true, 'L'), // money sent out by the centre, but staff decide how it is spent
    ("000", 11, false, true, 'L'), // wants restless managers who act for themselves
    ("000", 12, false, true, 'L'), // do not wait to be told, act
    ("000", 13, true, true, 'L'), // do not wait for central advice on the plan; go ahead locally
    ("000", 14, true, false, 'C'), // backs the national plan and its new money
    ("000", 15, true, true, 'L'), // minister and regional offices cannot deliver; only local managers can
    ("000", 16, false, false, '0'), // general talk of a movement to transform the NHS
    ("000", 17, true, true, '0'), // reports the tension between central control and local delivery
    ("000", 18, true, false, 'C'), // welcomes the national cancer plan
    ("000", 19, true, true, '0'), // doubts about the money and whether local networks can deliver the plan
    ("000", 20, true, false, 'C'), // NHS Executive says the national plan is affordable
    ("000", 21, true, false, 'C'), // optimism about the national cancer plan and national framework
    ("000", 22, true, true, '0'), // says there are tensions between central and local control
    ("000", 23, true, true, '0'), // mad for the centre to run everything, mad for 400 trusts to reinvent the wheel
    ("001", 0, true, false, 'C'), // managers waiting for the national plan
    ("001", 1, true, true, 'L'), // managers to be free to run their organisations without political interference
    ("001", 2, true, true, '0'), // ministers rate bodies with traffic lights; green ones run their own affairs
    ("001", 3, true, true, 'L'), // national plan to give local managers more freedom
    ("001", 4, false, false, '0'), // services moving between health and social services
    ("001", 5, true, false, 'C'), // annual report cards on organisations
    ("001", 6, true, false, 'C'), // classified green, amber or red, with results made public
    ("001", 7, true, true, 'L'), // regional office off the backs of good performers; resources without approval
    ("001", 8, true, false, 'C'), // escalating interventions and regional office attention for failures
    ("001", 9, true, false, 'C'), // national bodies (CHI, NPAT) advise failing organisations
    ("001", 10, true, true, 'L'), // power to shift from ministers to local NHS bodies
    ("001", 11, true, true, '0'), // step in firmly for a few, step back for most: both together
    ("001", 12, true, true, '0'), // earned autonomy joins local flexibility with national standards
    ("001", 13, true, true, 'L'), // welcomes depoliticisation and criticises traffic-light standards
    ("001", 14, true, false, 'L'), // doubts the red/green ratings system
    ("001", 15, true, false, 'C'), // closure of poor hospitals, OFSTED-style regulator, national plan
    ("001", 16, true, false, 'C'), // minister wants the inspectorate to be tougher
    ("001", 17, true, false, 'C'), // minister defends centralising control
    ("001", 18, true, false, 'C'), // government "got a grip on the system"
    ("001", 19, true, false, '0'), // answers "control freakery" with an independent panel, though it is still national
    ("001", 20, true, false, 'C'), // national plan changes NHS/social services structures
    ("001", 21, false, false, '0'), // single provider trust for mental health; structure only
    ("001", 22, false, false, '0'), // which service leads on which client group
    ("001", 23, false, false, '0'), // website pointer
    ("002", 0, true, true, 'L'),   // minister hands GP contract talks away from government
    ("002", 1, true, true, 'L'),   // government hands negotiations to the NHS Confederation
    ("002", 2, true, true, 'L'), // the NHS, not ministers or the department, should speak for employers
    ("002", 3, false, true, 'L'), // the NHS should speak for itself
    ("002", 4, false, false, '0'), // Confederation must consult
    ("002", 5, false, false, '0'), // public service ethos versus the private sector; not about central versus local
    ("002", 6, false, false, '0'), // government open to private-sector help
    ("002", 7, false, false, '0'), // echoes Downing Street on PPPs
    ("002", 8, true, false, 'C'),  // no veto on reform or its pace: a central push
    ("002", 9, true, false, 'C'),  // government delivery emphasis and a £75m central allocation
    ("002", 10, true, true, 'L'),  // cash and capital to go straight to PCTs and trusts
    ("002", 11, false, false, '0'), // delegates' positive reaction
    ("002", 12, true, true, 'L'),  // shows government is genuine about decentralisation
    ("002", 13, false, true, 'L'), // GPs want flexibility; frontline experience in the talks
    ("002", 14, false, true, 'L'), // those who manage primary care on the ground take the driving seat
    ("002", 15, false, false, '0'), // BMA welcome
    ("002", 16, true, false, 'C'), // minister keeps ultimate responsibility for funding and conditions
    ("002", 17, false, true, 'L'), // Confederation brings frontline experience
    ("002", 18, true, true, 'C'),  // can delegate conduct of talks but not central responsibility
    ("003", 0, true, true, 'L'),   // central guidance that empowers local leadership
    ("003", 1, true, true, '0'),   // sets out the theme: national guidance and local leadership
    ("003", 2, false, false, '0'), // younger staff and discretionary time
    ("003", 3, false, false, '0'), // employers should cherish staff
    ("003", 4, false, false, '0'), // staff experience is central to the NHS future
    ("003", 5, true, false, '0'),  // national planning guidance criticised as late and too broad
    ("003", 6, true, false, 'C'),  // planning guidance must reach frontline consultations
    ("003", 7, false, false, '0'), // link sentence
    ("003", 8, true, false, 'L'), // guidance from on high felt as instruction turns the screw on staff
    ("003", 9, true, false, '0'), // how central guidance is framed and communicated matters
    ("003", 10, true, false, 'C'), // NHS as a nationalised, national system the public expects
    ("003", 11, false, false, '0'), // general election salience
    ("003", 12, true, false, 'C'), // central government mandate to improve output
    ("003", 13, true, false, 'C'), // new government to set guidance with powerful directions
    ("003", 14, true, true, 'L'), // the more Whitehall directs local clinicians, the less engaged they are
    ("003", 15, true, false, 'L'), // the more it is run from the top, the less it achieves
    ("003", 16, true, true, '0'), // national industry and local diversity must go together
    ("003", 17, true, true, 'L'), // national drive must not tell clinicians what to do
    ("003", 18, true, true, 'L'), // local employers must translate national demands; guidance should come earlier
    ("003", 19, true, true, 'L'), // local leadership translates the national into local work without commanding
    ("003", 20, true, true, 'L'), // a nationalised industry must invest in local leaders
    ("003", 21, false, false, '0'), // citation (Francis report)
    ("003", 22, false, false, '0'), // citation (Messenger report)
    ("003", 23, false, false, '0'), // nothing happens
    ("003", 24, true, true, 'L'), // future hangs on local leaders linking national and local
    ("003", 25, false, true, 'L'), // invest in local leaders
    ("004", 0, true, true, 'L'),  // government micro-management is a danger
    ("004", 1, true, true, 'L'),  // advice to government: let go
    ("004", 2, true, true, 'L'),  // end micro-management
    ("004", 3, true, true, 'L'),  // decentralisation talk; will local debate be allowed?
    ("004", 4, true, true, '0'), // jury out on whether structures will be centralised or decentralised
    ("004", 5, false, false, '0'), // meetings with ministers; nothing on control
    ("004", 6, false, false, '0'), // gap between delivery and expectations
    ("004", 7, false, false, '0'), // service models and private sector role
    ("004", 8, false, false, '0'), // level playing field with the private sector
    ("004", 9, true, true, 'L'), // political context holds back public sector management
    ("004", 10, true, true, 'L'), // give a simple brief on targets, then leave managers to get on with it
    ("004", 11, true, false, 'L'), // less emphasis on crude performance targets
    ("004", 12, true, false, '0'), // criticises traffic lights but offers its own performance management model
    ("004", 13, false, true, 'L'), // local leadership; managers allowed to think radically
    ("004", 14, false, false, '0'), // staff roles
    ("004", 15, true, false, '0'), // calls for Treasury money after tough national frameworks
];

/// A fourth reader's marks, made like reader C's (paragraph text only),
/// after C's disagreements with the tracker had been looked at: the marks
/// nothing here has been tuned or looked at against.
const READER_D: &[(&str, usize, bool, bool, char)] = &[
    ("000", 0, true, true, 'L'), // health secretary's message to managers: don't wait for advice, act now
    ("000", 1, true, false, 'C'), // the centre tells managers to keep delivering the NHS plan
    ("000", 2, false, false, '0'), // politics of private healthcare and public confidence, not governance
    ("000", 3, false, false, '0'), // NHS needs to modernise; no centre/local content
    ("000", 4, false, false, '0'), // start now with discussion everywhere; no governance point
    ("000", 5, true, true, 'C'), // minister sets trusts a deadline and hands out cash; staff spend it, but central direction dominates
    ("000", 6, true, false, 'C'), // DoH standard trusts must meet, measured with cash attached; DoH training money
    ("000", 7, false, false, '0'), // staff care quote; no governance content
    ("000", 8, true, false, 'C'), // HR will be performance-managed like other targets
    ("000", 9, true, false, 'C'), // national standard and the commitment the minister expects
    ("000", 10, true, true, 'L'), // central allocation, but staff decide how money is spent
    ("000", 11, false, true, 'L'), // wants restless managers who challenge the status quo
    ("000", 12, true, true, 'L'), // do not wait to be told what to do
    ("000", 13, true, true, 'L'), // don't wait for central advice, get on and act locally
    ("000", 14, true, false, 'C'), // national plan praised as well supported and funded
    ("000", 15, true, true, 'L'), // minister, centre and regions can't deliver; only local managers can
    ("000", 16, false, false, '0'), // vague transformation rhetoric
    ("000", 17, true, true, '0'), // managers point to tension between central control and local delivery
    ("000", 18, true, false, 'C'), // welcomes national cancer plan set out by the minister
    ("000", 19, true, true, '0'), // doubts about plan money and whether local networks can deliver
    ("000", 20, true, false, 'C'), // central finance director: plan affordable, NHS Executive did its sums
    ("000", 21, true, false, 'C'), // CMO optimistic about national cancer plan and national framework
    ("000", 22, true, true, '0'),  // admits tensions between central and local control
    ("000", 23, true, true, '0'), // mad for centre to run everything, mad for trusts to reinvent the wheel
    ("001", 0, true, false, 'C'), // managers waiting for the national plan; minister's keynote
    ("001", 1, true, true, 'L'),  // managers to win freedom from political interference
    ("001", 2, true, true, '0'), // ministers rate bodies with traffic lights; greens run their own affairs
    ("001", 3, true, true, 'L'), // national plan will give local managers more freedom
    ("001", 4, false, false, '0'), // services moving between health and social services
    ("001", 5, true, false, 'C'), // annual report cards for NHS bodies
    ("001", 6, true, false, 'C'), // green/amber/red classification made public
    ("001", 7, true, true, 'L'), // regional office off the back of good performers; money without approval
    ("001", 8, true, false, 'C'), // escalating interventions and regional office attention for failures
    ("001", 9, true, false, 'C'), // national bodies (CHI, NPAT) sent in to failing organisations
    ("001", 10, true, true, 'L'), // power to shift from ministers to local NHS bodies
    ("001", 11, true, true, 'L'), // step in for a few so the centre can step back from most
    ("001", 12, true, true, '0'), // earned autonomy joins local flexibility with national standards
    ("001", 13, true, true, 'L'), // welcomes depoliticisation; criticises traffic light standards
    ("001", 14, true, false, '0'), // worry about working in a red-rated body; critique of ratings only
    ("001", 15, true, false, 'C'), // possible closures of poor performers, OFSTED comparison, national plan
    ("001", 16, true, false, 'C'), // minister wants the national inspectorate to be tougher
    ("001", 17, true, false, 'C'), // minister defends centralising control
    ("001", 18, true, false, 'C'), // government 'got a grip' on the system
    ("001", 19, true, false, '0'), // answers 'control freakery' charge with an independent panel, still a national one
    ("001", 20, true, false, 'C'), // national plan reshapes NHS and social services relationship
    ("001", 21, false, false, '0'), // single provider trust for mental health; structure only
    ("001", 22, false, false, '0'), // who leads which services, health vs social services
    ("001", 23, false, false, '0'), // website pointer
    ("002", 0, true, true, 'L'),   // minister hands GP contract talks to the NHS Confederation
    ("002", 1, true, true, 'L'),   // government hands negotiations over to the NHS side
    ("002", 2, true, true, 'L'),   // NHS rather than ministers should speak for employers
    ("002", 3, true, true, 'L'),   // NHS should speak for itself
    ("002", 4, false, false, '0'), // Confederation must consult; procedural
    ("002", 5, false, false, '0'), // public service ethos and private sector role, not centre/local
    ("002", 6, false, false, '0'), // private sector cooperation
    ("002", 7, false, false, '0'), // echoes Downing Street on public-private partnerships
    ("002", 8, true, false, 'C'),  // government insists there is no veto on reform or its pace
    ("002", 9, true, false, 'C'), // government focus on delivery and ministerial £75m for set reforms
    ("002", 10, true, true, 'L'), // PCTs and trusts to get cash and capital funds directly
    ("002", 11, false, false, '0'), // delegates' positive reaction
    ("002", 12, true, true, 'L'), // move shows government serious about decentralisation
    ("002", 13, false, true, 'L'), // GPs want flexibility; people with local experience at the table
    ("002", 14, false, true, 'L'), // puts those managing care on the ground in the driving seat
    ("002", 15, false, false, '0'), // BMA welcome
    ("002", 16, true, false, 'C'), // minister keeps ultimate responsibility for funding and conditions
    ("002", 17, false, true, 'L'), // frontline-experienced Confederation a constructive way forward
    ("002", 18, true, true, 'C'),  // can delegate the talks but not central responsibility
    ("003", 0, true, true, 'L'),   // central guidance should support and empower local leadership
    ("003", 1, true, true, '0'),   // sets out theme: national guidance and local leadership
    ("003", 2, false, false, '0'), // younger staff and their discretionary time
    ("003", 3, false, false, '0'), // employers must cherish staff; HR, not governance
    ("003", 4, false, false, '0'), // staff experience central to the future
    ("003", 5, true, false, '0'), // national planning guidance late and unfocused; critique of quality, no local side
    ("003", 6, true, false, 'C'), // planning guidance must affect frontline work to matter
    ("003", 7, false, false, '0'), // assume an impact
    ("003", 8, true, true, 'L'), // top-down guidance felt as instructions to clinicians drives them away
    ("003", 9, true, false, '0'), // how central guidance is framed matters; a warning, not an argument for control
    ("003", 10, true, false, 'C'), // NHS is a nationalised industry; public expects a national system
    ("003", 11, false, false, '0'), // general election coming; NHS a top issue
    ("003", 12, true, false, 'C'), // winner will have a central mandate to improve NHS output
    ("003", 13, true, false, 'C'), // new government will set guidance with powerful new directions
    ("003", 14, true, true, 'L'), // paradox: the more Whitehall directs clinicians, the less engaged they are
    ("003", 15, true, false, 'L'), // the more it is run from the top, the less it achieves
    ("003", 16, true, true, '0'), // national and local diversity must happen together
    ("003", 17, true, true, 'L'), // national drive must not tell clinicians what to do
    ("003", 18, true, true, 'L'), // local employers/leaders must translate national guidance
    ("003", 19, true, true, 'L'), // local leaders turn national demands into work without dictating
    ("003", 20, true, true, 'L'), // invest in local leaders' capability
    ("003", 21, false, false, '0'), // Francis report reference
    ("003", 22, false, false, '0'), // Messenger report reference
    ("003", 23, false, false, '0'), // nothing happens
    ("003", 24, true, true, 'L'), // future depends on local leaders linking national and local
    ("003", 25, false, true, 'L'), // invest in local leaders
    ("004", 0, true, true, 'L'),  // government micro-management is perilous
    ("004", 1, true, true, 'L'),  // advice to government: let go
    ("004", 2, true, true, 'L'),  // end to micro-management
    ("004", 3, true, true, 'L'),  // questions whether decentralisation will allow local debate
    ("004", 4, true, true, '0'),  // jury out on decentralised vs centralised use of structures
    ("004", 5, false, false, '0'), // meetings with ministers; no control content
    ("004", 6, false, false, '0'), // delivery vs expectations gap; money
    ("004", 7, false, false, '0'), // service redesign and private sector
    ("004", 8, false, false, '0'), // level playing field with private sector
    ("004", 9, true, true, 'L'),  // political context holds back public sector management
    ("004", 10, true, true, 'L'), // simple targets, then left alone to get on with it
    ("004", 11, true, false, 'L'), // less stress on crude central performance targets
    ("004", 12, true, false, '0'), // critiques traffic lights but proposes own performance management
    ("004", 13, false, true, 'L'), // managers allowed to think radically; invest in leadership
    ("004", 14, false, false, '0'), // staff roles and supervision, not governance
    ("004", 15, true, false, '0'), // asks Treasury for generous money; funding, not control
];

use centreline::analysis::Lexicon;
use centreline::model::{Corpus, Side};

/// The articles from most central to most local (ids' first three digits):
/// traffic lights with earned autonomy (001), the centre's message (000), GP
/// talks handed over (002), the blog on national guidance and local
/// leadership (003), letting go (004). Both readers' marks put 001 below 000
/// (A −0.11 and 0.00, B −0.29 and −0.07; see `reader_balance`); they
/// disagree on 002 and 003 (A puts 002 the more local, B 003). The order the
/// two agree on is checked by `articles_sit_where_both_readers_put_them`.
const GOLDEN_ARTICLE_ORDER: [&str; 5] = ["001", "000", "002", "003", "004"];

/// A lean this close to 0 counts as no direction (a balanced paragraph).
const BALANCED: f64 = 0.1;

fn bundled() -> Corpus {
    centreline::open_corpus(&[], &Lexicon::bundled(), None)
        .expect("the bundled corpus loads")
        .0
}

fn direction(lean: f64) -> char {
    if lean >= BALANCED {
        'L'
    } else if lean <= -BALANCED {
        'C'
    } else {
        '0'
    }
}

fn article<'a>(corpus: &'a Corpus, prefix: &str) -> &'a centreline::model::Article {
    corpus
        .articles
        .iter()
        .find(|a| a.id.starts_with(prefix))
        .unwrap_or_else(|| panic!("no article {prefix}"))
}

#[derive(Default, Debug)]
struct Counts {
    tp: usize,
    fp: usize,
    fn_: usize,
}

impl Counts {
    fn add(&mut self, reader: bool, tool: bool) {
        match (reader, tool) {
            (true, true) => self.tp += 1,
            (false, true) => self.fp += 1,
            (true, false) => self.fn_ += 1,
            (false, false) => {}
        }
    }
    fn f1(&self) -> f64 {
        2.0 * self.tp as f64 / (2 * self.tp + self.fp + self.fn_) as f64
    }
}

/// The tracker's paragraph marks against the reader's: F1 for "speaks of the
/// centre" and "speaks of local", and lean direction.
struct Agreement {
    central: Counts,
    local: Counts,
    /// Paragraphs where both reader and tracker see a lean, and how many agree.
    both_lean: usize,
    same_lean: usize,
    /// All three-way marks (L, C, 0) equal.
    exact: usize,
    total: usize,
}

fn agreement(corpus: &Corpus) -> Agreement {
    agreement_with(corpus, READER)
}

/// The tracker's marks against one reader's table.
fn agreement_with(corpus: &Corpus, reader: &[(&str, usize, bool, bool, char)]) -> Agreement {
    let mut a = Agreement {
        central: Counts::default(),
        local: Counts::default(),
        both_lean: 0,
        same_lean: 0,
        exact: 0,
        total: 0,
    };
    for &(prefix, i, central, local, lean) in reader {
        let p = &article(corpus, prefix).paragraphs[i];
        let t = &p.theme;
        let tool_lean = direction(t.lean);
        a.central.add(central, t.central > 0.0);
        a.local.add(local, t.local > 0.0);
        a.total += 1;
        if tool_lean == lean {
            a.exact += 1;
        }
        if lean != '0' && tool_lean != '0' {
            a.both_lean += 1;
            if lean == tool_lean {
                a.same_lean += 1;
            }
        }
        if (central, local, lean) != (t.central > 0.0, t.local > 0.0, tool_lean) {
            let cues: Vec<String> = t
                .cues
                .iter()
                .map(|c| format!("{}({:?}>{:?} {})", c.text, c.side, c.stance, c.weight))
                .collect();
            eprintln!(
                "{prefix} p{i}: reader C={central} L={local} {lean} | tool C={:.2} L={:.2} lean={:.2} {tool_lean} {}",
                t.central,
                t.local,
                t.lean,
                cues.join(", ")
            );
        }
    }
    a
}

#[test]
fn reader_table_covers_every_paragraph() {
    let corpus = bundled();
    for a in &corpus.articles {
        let prefix = &a.id[..3];
        let marked = READER.iter().filter(|r| r.0 == prefix).count();
        assert_eq!(
            marked,
            a.paragraphs.len(),
            "{} has unmarked paragraphs",
            a.id
        );
    }
}

#[test]
fn paragraph_marks_agree_with_a_careful_reader() {
    let a = agreement(&bundled());
    let direction = a.same_lean as f64 / a.both_lean as f64;
    let exact = a.exact as f64 / a.total as f64;
    eprintln!(
        "speaks of central F1 {:.3} {:?}; speaks of local F1 {:.3} {:?}; lean direction agreement {}/{} = {:.3}; three-way lean agreement {}/{} = {:.3}",
        a.central.f1(),
        a.central,
        a.local.f1(),
        a.local,
        a.same_lean,
        a.both_lean,
        direction,
        a.exact,
        a.total,
        exact
    );
    // Floors just under what the tracker achieves (0.922, 0.947, 63/63,
    // 95/109 when written; 0.921, 0.886, 58/61 and 91/109 before issue 12's
    // gauge work); a lexicon change that loses agreement fails here.
    assert!(a.central.f1() >= 0.92, "central F1 {:.3}", a.central.f1());
    assert!(a.local.f1() >= 0.94, "local F1 {:.3}", a.local.f1());
    assert!(direction >= 0.93, "direction agreement {direction:.3}");
    assert!(exact >= 0.87, "three-way agreement {exact:.3}");
}

#[test]
fn article_order_by_lean_is_stable() {
    let corpus = bundled();
    let mut by_lean: Vec<(&str, f64)> = corpus
        .articles
        .iter()
        .map(|a| (&a.id[..3], a.theme.lean))
        .collect();
    by_lean.sort_by(|a, b| a.1.total_cmp(&b.1));
    eprintln!("articles, most central first: {by_lean:?}");
    let order: Vec<&str> = by_lean.iter().map(|a| a.0).collect();
    assert_eq!(order, GOLDEN_ARTICLE_ORDER);
}

/// An article's balance in a reader's marks: (paragraphs marked local −
/// marked central) / (marked either way).
fn reader_balance(table: &[(&str, usize, bool, bool, char)], prefix: &str) -> f64 {
    let marks = table.iter().filter(|r| r.0 == prefix);
    let local = marks.clone().filter(|r| r.4 == 'L').count() as f64;
    let central = marks.filter(|r| r.4 == 'C').count() as f64;
    (local - central) / (local + central).max(1.0)
}

/// Where both readers' marks put one group of articles more local than
/// another, the tracker does too: the centre's message and the traffic
/// lights (000, 001) below GP talks and the blog (002, 003), and letting go
/// (004) above them all.
#[test]
fn articles_sit_where_both_readers_put_them() {
    let corpus = bundled();
    let groups: [&[&str]; 3] = [&["000", "001"], &["002", "003"], &["004"]];
    for pair in groups.windows(2) {
        for &lower in pair[0] {
            for &higher in pair[1] {
                for (name, table) in [
                    ("A", READER),
                    ("B", READER_B),
                    ("C", READER_C),
                    ("D", READER_D),
                ] {
                    assert!(
                        reader_balance(table, lower) < reader_balance(table, higher),
                        "reader {name} no longer puts {lower} below {higher}"
                    );
                }
                let (l, h) = (
                    article(&corpus, lower).theme.lean,
                    article(&corpus, higher).theme.lean,
                );
                assert!(
                    l < h,
                    "tracker: {lower} {l:.3} should be below {higher} {h:.3}"
                );
            }
        }
    }
}

#[test]
fn letting_go_reads_more_local_than_the_centres_message() {
    // 004: "Micro-management of the NHS will continue at the government's
    // peril"; 000: the centre's message that human resources will be
    // performance-managed.
    let corpus = bundled();
    let letting_go = article(&corpus, "004").theme.lean;
    let centres_message = article(&corpus, "000").theme.lean;
    assert!(
        letting_go > centres_message,
        "004 {letting_go:.3} should be more local than 000 {centres_message:.3}"
    );
    assert!(letting_go > 0.0 && centres_message < 0.0);
}

/// Stephen Thornton (NHS Confederation, arguing for letting go) must read
/// more local than Alan Milburn. Attribution credits both on the bundled
/// corpus, so a miss is a failure, not a skip (`theme_speakers.rs` checks the
/// same order on hand-built quotes of their real words).
#[test]
fn thornton_reads_more_local_than_milburn() {
    let corpus = bundled();
    let find = |name: &str| {
        corpus
            .speakers
            .iter()
            .find(|s| s.name == name)
            .unwrap_or_else(|| panic!("attribution no longer credits {name}"))
    };
    let (thornton, milburn) = (find("Stephen Thornton"), find("Alan Milburn"));
    assert!(
        !thornton.theme.cues.is_empty() && !milburn.theme.cues.is_empty(),
        "no theme cues in Thornton's or Milburn's quotes"
    );
    assert!(
        thornton.theme.lean > milburn.theme.lean,
        "Thornton {:.3} should be more local than Milburn {:.3}",
        thornton.theme.lean,
        milburn.theme.lean
    );
}

#[test]
fn periods_are_years_oldest_first() {
    let corpus = bundled();
    let years: Vec<&str> = corpus.periods.iter().map(|p| p.year.as_str()).collect();
    assert_eq!(years, ["2000", "2001", "2024"]);
    let y2001 = &corpus.periods[1];
    assert_eq!(y2001.articles.len(), 2);
    let cues: usize = y2001
        .articles
        .iter()
        .map(|id| corpus.article(id).unwrap().theme.cues.len())
        .sum();
    assert_eq!(y2001.theme.cues.len(), cues);
}

/// Reader A against reader B: (central F1, local F1, direction agreement
/// where both see a lean).
fn readers_agree() -> (f64, f64, f64) {
    readers_agree_between(READER, READER_B)
}

/// One reader against another, as [`readers_agree`].
fn readers_agree_between(
    one: &[(&str, usize, bool, bool, char)],
    other: &[(&str, usize, bool, bool, char)],
) -> (f64, f64, f64) {
    let mut central = Counts::default();
    let mut local = Counts::default();
    let (mut both, mut same) = (0, 0);
    for &(prefix, i, c, l, lean) in one {
        let &(_, _, bc, bl, blean) = other
            .iter()
            .find(|r| r.0 == prefix && r.1 == i)
            .unwrap_or_else(|| panic!("no second mark for {prefix} p{i}"));
        central.add(c, bc);
        local.add(l, bl);
        if lean != '0' && blean != '0' {
            both += 1;
            same += usize::from(lean == blean);
        }
    }
    (central.f1(), local.f1(), same as f64 / both as f64)
}

#[test]
fn the_second_reader_marks_every_paragraph_once() {
    assert_eq!(READER_B.len(), READER.len());
    for r in READER {
        assert_eq!(
            READER_B.iter().filter(|b| b.0 == r.0 && b.1 == r.1).count(),
            1,
            "{} p{}",
            r.0,
            r.1
        );
    }
    // Written down when reader B's marks came in: 0.906, 0.878, 58/58.
    let (c, l, d) = readers_agree();
    eprintln!("reader A vs reader B: central F1 {c:.3}, local F1 {l:.3}, direction {d:.3}");
    assert!((c - 0.906).abs() < 0.001 && (l - 0.878).abs() < 0.001 && d == 1.0);
}

/// Readers C and D, who came later, mark every paragraph once; the four
/// readers' agreement with each other, as written down when D's marks came
/// in. B, C and D agree closely with each other (0.94 to 0.99); reader A,
/// whose marks the lexicon was tuned on, least with the rest (0.87 to 0.91).
#[test]
fn the_later_readers_mark_every_paragraph_once() {
    for later in [READER_C, READER_D] {
        assert_eq!(later.len(), READER.len());
        for r in READER {
            assert_eq!(
                later.iter().filter(|c| c.0 == r.0 && c.1 == r.1).count(),
                1,
                "{} p{}",
                r.0,
                r.1
            );
        }
    }
    // (one reader, the other, the agreement written down: central, local)
    type Pair = (&'static str, Marks, &'static str, Marks, (f64, f64));
    let pairs: [Pair; 5] = [
        ("A", READER, "C", READER_C, (0.896, 0.881)),
        ("A", READER, "D", READER_D, (0.897, 0.871)),
        ("B", READER_B, "C", READER_C, (0.957, 0.957)),
        ("B", READER_B, "D", READER_D, (0.944, 0.968)),
        ("C", READER_C, "D", READER_D, (0.986, 0.989)),
    ];
    for (n1, t1, n2, t2, (ec, el)) in pairs {
        let (c, l, d) = readers_agree_between(t1, t2);
        eprintln!(
            "reader {n1} vs reader {n2}: central F1 {c:.3}, local F1 {l:.3}, direction {d:.3}"
        );
        assert!(
            (c - ec).abs() < 0.001 && (l - el).abs() < 0.001 && d == 1.0,
            "{n1}-{n2}"
        );
    }
}

/// The tracker against each reader, as "speaks of the centre" and "speaks
/// of local" F1.
fn tracker_f1(table: &[(&str, usize, bool, bool, char)], name: &str) -> (f64, f64) {
    let a = agreement_with(&bundled(), table);
    eprintln!(
        "tracker vs reader {name}: central F1 {:.3}, local F1 {:.3}, direction {}/{}",
        a.central.f1(),
        a.local.f1(),
        a.same_lean,
        a.both_lean
    );
    (a.central.f1(), a.local.f1())
}

/// Reader A's marks are the ones the lexicon was tuned against: there the
/// tracker finds both sides at least as well as the two readers agree
/// with each other (0.906, 0.878).
#[test]
fn the_tracker_finds_both_sides_as_well_as_the_readers_agree_on_the_tuned_marks() {
    let (c, l, _) = readers_agree();
    let (tc, tl) = tracker_f1(READER, "A");
    assert!(tc >= c, "central F1 vs A {tc:.3} < {c:.3}");
    assert!(tl >= l, "local F1 vs A {tl:.3} < {l:.3}");
}

/// Readers B, C and D's marks were not the first tuning (A's were). B's and
/// C's disagreements have since been looked at and tuned on (issue 12's
/// gauge: not waiting for the centre, depoliticisation, deadlines and
/// expectations, the cancer plan, no veto on reform, handing negotiations
/// over); D's never, only its totals are read. The tracker stands at central
/// F1 0.925, 0.929 and 0.915 and local F1 0.905, 0.907 and 0.897 against B,
/// C and D (0.864, 0.884, 0.886 and 0.835, 0.840, 0.829 before that work;
/// 0.821 local against B before generic words and pejoratives' targets).
/// These floors catch a loss; the gauge (as well as the readers agree) is
/// the test below.
#[test]
fn the_tracker_holds_its_ground_on_the_untouched_marks() {
    for (name, table, floor) in [
        ("B", READER_B, (0.92, 0.90)),
        ("C", READER_C, (0.925, 0.90)),
        ("D", READER_D, (0.91, 0.89)),
    ] {
        let (tc, tl) = tracker_f1(table, name);
        assert!(tc >= floor.0, "central F1 vs {name} {tc:.3}");
        assert!(tl >= floor.1, "local F1 vs {name} {tl:.3}");
    }
}

/// Issue 12's gauge on the later readers: against each of B, C and D the
/// tracker finds both sides at least as well as readers A and B agree (0.906,
/// 0.878). Met against D, whose marks were never looked at, with central
/// 0.915 and local 0.897.
#[test]
fn the_tracker_finds_both_sides_as_well_as_the_readers_agree_on_the_untouched_marks() {
    let (c, l, _) = readers_agree();
    for (name, table) in [("B", READER_B), ("C", READER_C), ("D", READER_D)] {
        let (tc, tl) = tracker_f1(table, name);
        assert!(tc >= c, "central F1 vs {name} {tc:.3} < {c:.3}");
        assert!(tl >= l, "local F1 vs {name} {tl:.3} < {l:.3}");
    }
}

/// The direction gauge: the readers agree on every paragraph where
/// both see a lean (58/58), and so does the tracker with each of them (63/63
/// with A, 60/60 with B, C and D).
#[test]
fn the_tracker_leans_the_way_the_readers_agree() {
    let corpus = bundled();
    let (_, _, d) = readers_agree();
    for (name, table) in [
        ("A", READER),
        ("B", READER_B),
        ("C", READER_C),
        ("D", READER_D),
    ] {
        let a = agreement_with(&corpus, table);
        let dir = a.same_lean as f64 / a.both_lean as f64;
        assert!(dir >= d, "direction vs {name} {dir:.3} < {d:.3}");
    }
}

/// Every article, speaker and year explains its score: the explanation's
/// lines hold every cue once, their weights add up to how much the aggregate
/// speaks of each side, and their shares of the lean add up to the lean.
#[test]
fn aggregate_explanations_add_up_to_the_scores_they_explain() {
    let corpus = bundled();
    let aggregates = corpus
        .articles
        .iter()
        .map(|a| (a.id.to_string(), &a.theme))
        .chain(corpus.speakers.iter().map(|s| (s.id.to_string(), &s.theme)))
        .chain(corpus.periods.iter().map(|p| (p.year.clone(), &p.theme)));
    let mut explained = 0;
    for (name, t) in aggregates {
        let lines = &t.explanation;
        assert_eq!(
            lines.iter().map(|l| l.count).sum::<usize>(),
            t.cues.len(),
            "{name}"
        );
        let side =
            |s: Side| -> f64 { lines.iter().filter(|l| l.side == s).map(|l| l.weight).sum() };
        assert!((side(Side::Central) - t.central).abs() < 1e-9, "{name}");
        assert!((side(Side::Local) - t.local).abs() < 1e-9, "{name}");
        let shares: f64 = lines.iter().map(|l| l.lean_share).sum();
        assert!(
            (shares - t.lean).abs() < 1e-9,
            "{name}: {shares} vs {}",
            t.lean
        );
        // Largest share first.
        assert!(lines
            .windows(2)
            .all(|w| w[0].lean_share.abs() >= w[1].lean_share.abs()));
        explained += usize::from(!lines.is_empty());
    }
    // Five articles, three years and the nine speakers whose quotes hold
    // cues (Gill Morgan's reported "the government was genuine about
    // decentralisation" made her the ninth).
    assert_eq!(
        explained,
        5 + 3 + 9,
        "articles, years and speakers explained"
    );
    // Paragraphs and quotes list their cues as they are.
    assert!(corpus
        .articles
        .iter()
        .flat_map(|a| &a.paragraphs)
        .all(|p| p.theme.explanation.is_empty()));
    // 004's explanation leads with micro-management, twice, arguing local.
    let top = &article(&corpus, "004").theme.explanation[0];
    assert_eq!((top.text.as_str(), top.count), ("micro-management", 2));
    assert!(top.lean_share > 0.0);
}

/// The analysis's own route (quotes scored before the articles are built)
/// gives each quote its article's context, as `fill_themes` does: a quote's
/// theme is its text scored in its article.
#[test]
fn quotes_are_scored_in_their_articles_context() {
    let corpus = bundled();
    let lexicon = Lexicon::bundled();
    let mut with_context = 0;
    for q in &corpus.quotes {
        let a = corpus.article(&q.article).unwrap();
        let context = centreline::analysis::theme::article_context(
            &lexicon,
            a.paragraphs.iter().map(|p| p.text.as_str()),
        );
        let mut expected =
            centreline::analysis::theme::score_in(&lexicon, &q.text, || context.clone());
        // Words reported under a negated cue argue the other way.
        if let Some(cue) = q.cue.as_deref().filter(|_| q.negated) {
            expected = centreline::analysis::theme::under_negated_cue(expected, cue);
        }
        assert_eq!(q.theme, expected, "{}", q.id);
        with_context += usize::from(q.theme.cues.iter().any(|c| {
            c.rule
                .as_deref()
                .is_some_and(|r| r.contains("an article about governance"))
        }));
    }
    assert!(
        with_context >= 2,
        "quotes whose generic cues count by their article"
    );
}
