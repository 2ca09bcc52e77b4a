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
    ("000", 12, true, true, 'L'), // do not wait to be told what to do
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
    ("002", 0, true, false, 'L'), // government will hand over negotiations
    ("002", 1, true, false, 'L'), // the NHS rather than a government department or ministers
    ("002", 2, false, false, '0'),
    ("002", 3, false, false, '0'),
    ("002", 4, false, false, '0'),
    ("002", 5, false, false, '0'),
    ("002", 6, false, false, '0'),
    ("002", 7, false, false, '0'),
    ("002", 8, true, false, 'C'), // second-term emphasis on 'delivery'; allocating £75m
    ("002", 9, false, true, 'L'), // direct cash allocations, block capital funds directly
    ("002", 10, false, false, '0'),
    ("002", 11, false, true, 'L'), // genuine about decentralisation
    ("002", 12, false, true, 'L'), // GPs in my own area want flexibility
    ("002", 13, false, true, 'L'), // those who manage primary healthcare on the ground
    ("002", 14, false, false, '0'),
    ("002", 15, true, false, 'C'), // he retained ultimate responsibility for funding
    ("002", 16, false, true, 'L'), // frontline experience
    ("002", 17, true, false, 'C'), // cannot delegate his responsibility
    // 003: blog, 2024. National guidance and local leadership.
    ("003", 0, true, true, 'L'),  // central guidance ... local leadership empowered
    ("003", 1, true, true, '0'),  // national guidance and local leadership
    ("003", 2, false, false, '0'),
    ("003", 3, false, false, '0'),
    ("003", 4, false, false, '0'), // 'front and centre' is not the centre
    ("003", 5, true, false, 'L'), // planning guidance ... needs to focus on fewer things
    ("003", 6, true, false, 'C'), // the planning guidance
    ("003", 7, false, false, '0'),
    ("003", 8, true, false, 'L'), // guidance comes down from on high
    ("003", 9, true, false, 'C'), // central planning guidance
    ("003", 10, true, false, 'C'), // nationalised industry; a national system
    ("003", 11, false, false, '0'), // a national general election
    ("003", 12, true, false, 'C'), // central government mandate
    ("003", 13, true, false, 'C'), // national Government ... powerful new directions
    ("003", 14, true, true, 'L'), // the more Whitehall tells them what to do
    ("003", 15, true, false, 'L'), // run from the top, the less it is likely to achieve
    ("003", 16, true, true, '0'), // an end to the nationalised industry / local diversity; both
    ("003", 17, true, false, 'L'), // national drive that doesn't tell clinicians what to do
    ("003", 18, true, true, 'L'), // national to local translation
    ("003", 19, true, true, 'L'), // local NHS leadership ... rather than telling people
    ("003", 20, true, true, 'L'), // nationalised industry ... invest in local leaders
    ("003", 21, false, false, '0'),
    ("003", 22, false, false, '0'),
    ("003", 23, false, false, '0'),
    ("003", 24, true, true, 'L'), // local NHS leaders articulate the national to the local
    ("003", 25, false, true, 'L'), // invest in the local leaders
    // 004: news focus, 2001. Letting go.
    ("004", 0, true, false, 'L'),  // micro-management at the government's peril
    ("004", 1, true, true, 'L'),   // letting go
    ("004", 2, true, false, 'L'),  // an end to micro-management
    ("004", 3, false, true, 'L'),  // decentralisation; local debate; local headlines
    ("004", 4, true, true, '0'),   // decentralised or centralised manner
    ("004", 5, false, false, '0'), // meetings with ministers
    ("004", 6, false, false, '0'),
    ("004", 7, false, false, '0'),
    ("004", 8, false, false, '0'),
    ("004", 9, true, false, 'L'),  // holds back ... the political context
    ("004", 10, true, true, 'L'),  // brief about targets and left to get on with it
    ("004", 11, true, false, 'L'), // less emphasis on performance targets
    ("004", 12, true, false, '0'), // own performance management model; critique of traffic lights
    ("004", 13, false, true, 'L'), // managers allowed to think radically
    ("004", 14, false, false, '0'),
    ("004", 15, true, false, 'C'), // a further generous Treasury settlement
];
