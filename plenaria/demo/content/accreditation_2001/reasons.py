"""What reviewers and focal points wrote when they asked for information, refused or withdrew."""

# --- What reviewers and focal points wrote ---------------------------------------------------------------------

REASONS = {
    "government_info": [
        "The note verbale does not list this person. Please upload an updated note verbale from the Ministry.",
        "Please give the title and ministry exactly as they appear in the note verbale.",
        "The passport expires before 20 December 2001: please give the details of the new passport for the "
        "visa-support letter.",
    ],
    "government_rejected_focal_point": "Not part of the official delegation: the Ministry did not nominate this "
    "person.",
    "government_rejected_secretariat": "Registered twice: this person is already a member of the delegation "
    "under another registration.",
    "government_withdrawn": [
        "Cannot travel to Yokohama: change of schedule at the Ministry.",
        "Withdrawn at the Ministry's request.",
    ],
    "igo_info": "Please upload the letter signed by the head of the organisation listing this person.",
    "igo_withdrawn": "Withdrawn at the organisation's request.",
    "ngo_info": [
        "Please send the accreditation dossier: constitution, latest annual report and financial statement.",
        "Please tell us the year your organisation was granted consultative status with ECOSOC.",
    ],
    "ngo_rejected": "The organisation's work is not related to the rights of the child; the Congress cannot "
    "accredit it.",
    "ngo_waitlisted": "The places reserved for NGO participants in the plenary hall are taken; you are on the "
    "waiting list and we will write to you if a place frees up.",
    "ngo_withdrawn": "At the participant's request, by e-mail.",
    "private_sector_info": "Please tell us which of your company's policies or activities concern the "
    "protection of children (for example a code of conduct for staff or suppliers).",
    "media_info": "The letter of assignment is not signed by the editor: please upload a signed and dated "
    "letter on the outlet's letterhead.",
    "media_rejected": "An NGO newsletter is not accredited as media. Please register as an NGO participant.",
    "media_waitlisted": "The media centre is at capacity; you are on the waiting list.",
}
