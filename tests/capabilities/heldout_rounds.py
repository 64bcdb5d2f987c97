"""Every held-out capability round, in the order they were written: one tuple that the CI test
(``test_capabilities.py``) and the report script (``capreport.py``) share."""

from __future__ import annotations

from capkit import Capability
from heldout import HELD_OUT
from heldout2 import HELD_OUT_2
from heldout3 import HELD_OUT_3
from heldout4 import HELD_OUT_4
from heldout5 import HELD_OUT_5
from heldout6 import HELD_OUT_6
from heldout7 import HELD_OUT_7
from heldout8 import HELD_OUT_8
from heldout9 import HELD_OUT_9
from heldout10 import HELD_OUT_10
from heldout11 import HELD_OUT_11
from heldout12 import HELD_OUT_12
from heldout13 import HELD_OUT_13
from heldout14 import HELD_OUT_14
from heldout15 import HELD_OUT_15
from heldout16 import HELD_OUT_16
from heldout17 import HELD_OUT_17
from heldout18 import HELD_OUT_18
from heldout19 import HELD_OUT_19
from heldout20 import HELD_OUT_20
from heldout21 import HELD_OUT_21
from heldout22 import HELD_OUT_22
from heldout23 import HELD_OUT_23
from heldout24 import HELD_OUT_24
from heldout25 import HELD_OUT_25
from heldout26 import HELD_OUT_26
from heldout27 import HELD_OUT_27
from heldout28 import HELD_OUT_28
from heldout29 import HELD_OUT_29
from heldout30 import HELD_OUT_30
from heldout31 import HELD_OUT_31
from heldout32 import HELD_OUT_32
from heldout33 import HELD_OUT_33
from heldout34 import HELD_OUT_34
from heldout35 import HELD_OUT_35
from heldout36 import HELD_OUT_36
from heldout37 import HELD_OUT_37
from heldout38 import HELD_OUT_38
from heldout39 import HELD_OUT_39
from heldout40 import HELD_OUT_40
from heldout41 import HELD_OUT_41
from heldout42 import HELD_OUT_42
from heldout43 import HELD_OUT_43
from heldout44 import HELD_OUT_44
from heldout45 import HELD_OUT_45
from heldout46 import HELD_OUT_46
from heldout47 import HELD_OUT_47
from heldout48 import HELD_OUT_48
from heldout49 import HELD_OUT_49
from heldout50 import HELD_OUT_50
from heldout51 import HELD_OUT_51
from heldout52 import HELD_OUT_52
from heldout53 import HELD_OUT_53
from heldout54 import HELD_OUT_54
from heldout55 import HELD_OUT_55
from heldout56 import HELD_OUT_56
from heldout57 import HELD_OUT_57
from heldout58 import HELD_OUT_58
from heldout59 import HELD_OUT_59
from heldout60 import HELD_OUT_60
from heldout61 import HELD_OUT_61
from heldout62 import HELD_OUT_62
from heldout63 import HELD_OUT_63
from heldout64 import HELD_OUT_64
from heldout65 import HELD_OUT_65
from heldout66 import HELD_OUT_66
from heldout67 import HELD_OUT_67
from heldout68 import HELD_OUT_68
from heldout69 import HELD_OUT_69
from heldout70 import HELD_OUT_70
from heldout71 import HELD_OUT_71
from heldout72 import HELD_OUT_72
from heldout73 import HELD_OUT_73
from heldout74 import HELD_OUT_74
from heldout75 import HELD_OUT_75
from heldout76 import HELD_OUT_76
from heldout77 import HELD_OUT_77
from heldout78 import HELD_OUT_78
from heldout79 import HELD_OUT_79
from heldout80 import HELD_OUT_80
from heldout81 import HELD_OUT_81
from heldout82 import HELD_OUT_82
from heldout83 import HELD_OUT_83
from heldout84 import HELD_OUT_84
from heldout85 import HELD_OUT_85
from heldout86 import HELD_OUT_86
from heldout87 import HELD_OUT_87
from heldout88 import HELD_OUT_88
from heldout89 import HELD_OUT_89

HELD_OUT_ALL: tuple[Capability, ...] = (
    HELD_OUT
    + HELD_OUT_2
    + HELD_OUT_3
    + HELD_OUT_4
    + HELD_OUT_5
    + HELD_OUT_6
    + HELD_OUT_7
    + HELD_OUT_8
    + HELD_OUT_9
    + HELD_OUT_10
    + HELD_OUT_11
    + HELD_OUT_12
    + HELD_OUT_13
    + HELD_OUT_14
    + HELD_OUT_15
    + HELD_OUT_16
    + HELD_OUT_17
    + HELD_OUT_18
    + HELD_OUT_19
    + HELD_OUT_20
    + HELD_OUT_21
    + HELD_OUT_22
    + HELD_OUT_23
    + HELD_OUT_24
    + HELD_OUT_25
    + HELD_OUT_26
    + HELD_OUT_27
    + HELD_OUT_28
    + HELD_OUT_29
    + HELD_OUT_30
    + HELD_OUT_31
    + HELD_OUT_32
    + HELD_OUT_33
    + HELD_OUT_34
    + HELD_OUT_35
    + HELD_OUT_36
    + HELD_OUT_37
    + HELD_OUT_38
    + HELD_OUT_39
    + HELD_OUT_40
    + HELD_OUT_41
    + HELD_OUT_42
    + HELD_OUT_43
    + HELD_OUT_44
    + HELD_OUT_45
    + HELD_OUT_46
    + HELD_OUT_47
    + HELD_OUT_48
    + HELD_OUT_49
    + HELD_OUT_50
    + HELD_OUT_51
    + HELD_OUT_52
    + HELD_OUT_53
    + HELD_OUT_54
    + HELD_OUT_55
    + HELD_OUT_56
    + HELD_OUT_57
    + HELD_OUT_58
    + HELD_OUT_59
    + HELD_OUT_60
    + HELD_OUT_61
    + HELD_OUT_62
    + HELD_OUT_63
    + HELD_OUT_64
    + HELD_OUT_65
    + HELD_OUT_66
    + HELD_OUT_67
    + HELD_OUT_68
    + HELD_OUT_69
    + HELD_OUT_70
    + HELD_OUT_71
    + HELD_OUT_73
    + HELD_OUT_72
    + HELD_OUT_74
    + HELD_OUT_75
    + HELD_OUT_76
    + HELD_OUT_77
    + HELD_OUT_78
    + HELD_OUT_79
    + HELD_OUT_80
    + HELD_OUT_81
    + HELD_OUT_82
    + HELD_OUT_83
    + HELD_OUT_84
    + HELD_OUT_85
    + HELD_OUT_86
    + HELD_OUT_87
    + HELD_OUT_88
    + HELD_OUT_89
)
