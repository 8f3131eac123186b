"""Given names that say a woman or a man, for a customer who asks for one ("a lady
doctor", "the male therapist", "a woman please") where the business names its people
without a title ("Aoife", "Dr. Ayesha", "Inês").

Only names that are one or the other wherever the business may be are listed: a name
borne by both ("Sam", "Alex", "Kim", "Jo", "Noor", "Andrea", "Jean", "Nicola", "Sasha",
"Robin", "Kai", "Wei", "Linh", "Ali", "Jan") is in neither table, and its holder's gender stays
unknown (`resource_gender` then leaves the request to the reader unless the other names
settle it). Surnames that are also given names in some places ("Kumar", "Tan", "Lee")
are in neither either: a title before them ("Dr. Kumar") says nothing.

The names are written as typed, without accents (`resource_gender` compares them so):
"Inês" is "ines", "Siobhán" "siobhan". Each table is grouped by where the names come
from, so a missing name is a word added to its row.
"""

from __future__ import annotations


def _table(names: str) -> frozenset[str]:
    """A table written as words, a row to a place the names come from."""
    return frozenset(names.split())


FEMALE_NAMES = _table(
    """
    abigail ada adele agnes aisha aishah aisyah alice alicia alison amanda amber amelia
    amy ana anna annabel anne annie annelie aoife ashley audrey ava barbara beatrice becky
    bella beth bethan betty bridget brigid caitlin camille carla carmen caroline catherine
    charlotte chloe claire clara deborah diana dolores donna dorothy eileen elaine eleanor
    elena elisabeth elizabeth ella ellen ellie emily emma erin esther eva eve evelyn fiona
    florence frances gemma georgia gillian gloria grace greta gwen hannah harriet heather
    helen helena holly isabel isabella isla jane janet jasmine jennifer jenny jessica jill
    joan joanna josephine joy judith julia julie karen kate katherine kathleen katie kayla
    keisha kelly laura lauren leah lena lily linda lisa lois lorna louise lucia lucy lydia
    maeve maggie mairead margaret maria marie marisol martha mary maureen megan melissa
    mia michelle miriam molly morag nancy naomi natalie niamh nina nora olivia paula
    pauline pearl penelope rachel rebecca rhiannon rose rosa rosie ruth sally sandra sarah
    sharon sheila shirley siobhan sophia sophie stella susan tasha tayla teresa tessa tina
    tracy ursula valerie vanessa victoria wendy yvonne zoe zoey
    adriana alejandra beatriz carolina catalina daniela elisa fernanda gabriela ines
    isabela juana leticia lourdes lucila lucille luisa luna manuela marta mercedes natalia
    paola patricia pilar raquel rocio silvia valentina ximena yolanda
    chiara francesca giulia giovanna federica silvana
    anke birgit frieda greta heike ingrid jutta katja sanne silke ute
    agnieszka irena kasia katarzyna magda malgorzata oksana olena olga svetlana tatiana
    aaliyah amira amina asma ayesha aysha farah farida fatima fatma hafsa khadija leila
    layla mariam maryam mona nadia nour rania salma samira sana yasmin yasmine zainab
    zara zahra zoya siti nurul aminah
    aditi anita anjali deepa divya geeta kavya lakshmi meena nisha pooja priya radha rekha
    rhea riya sita sunita swati yazhini
    ama abena adjoa akosua efua funke ngozi chioma adaeze folake nkechi wanjiru zanele
    thandi nomvula
    mei xiu ying ji-yoon jiyoon min-ji minji seo-yeon yuna yuki yuko hana sakura aiko
    keiko naoko
    mere aroha leilani moana malia
    """
)

MALE_NAMES = _table(
    """
    aaron adam aidan alan albert alexander alfred andrew angus anthony arthur barry ben
    benjamin bernard bill bob brendan brian bruce callum carl charles christopher ciaran
    colin conor craig damian daniel darnell darren david declan dennis derek dominic donald
    douglas duncan dwayne edward eoin eric ethan euan evan fergus finn francis frank
    fraser gary gavin geoffrey george gordon graham gregory harry harvey henry hugh iain ian
    iolo isaac jack jacob jake james jason jeffrey jeremy john jonah jonathan joseph josh
    joshua keith kenneth kevin kieran lachlan leo liam luke malcolm mark martin matthew
    michael mick nathan neil nicholas niall nigel noah oliver oscar owen patrick paul peter
    philip ray raymond richard robert rory ross ryan scott sean seamus simon stephen steve
    steven stuart thomas tim timothy tom tony trevor victor vincent walter william
    alejandro alvaro andres antonio carlos dario diego eduardo emilio enrique esteban
    felipe fernando francisco gonzalo guillermo ignacio javier joao jorge jose juan luis
    manuel marco marcos mario martin mateo miguel pablo pedro rafael ramon ricardo roberto
    rodrigo santiago sergio tomas
    alessandro giovanni giuseppe lorenzo luca matteo paolo stefano
    bruno daan dieter frank hans jens jurgen klaus lars lukas matthias pieter stefan
    wolfgang
    andrzej jakub krzysztof marek pawel piotr tomasz tomek wojciech dmitri ivan sergei
    vladimir yuri
    abdul abdullah ahmed ahmad amir bilal faisal hamza hassan hussain ibrahim imran
    karim khalid mahmoud mohammed mohammad muhammad mohd mustafa omar rashid tariq usman yusuf
    hafiz farid azman
    zain
    aarav amit anand arjun deepak ganesh karthik krishna manoj rahul rajesh ravi rohan
    sanjay suresh vijay vikram
    chidi chinedu emeka kofi kwame kwabena kwesi olu segun sipho themba thabo tunde
    hiroshi kenji takeshi min-ho minho jun-ho seo-jun wei-ming
    sione tama wiremu
    """
)
