package org.khabar;

/** How the text qualifies an amount of money. */
public enum Qualifier {
    /** No qualifier: {@code 200 مليون دولار}. */
    EXACT,
    /** حوالي، نحو، قرابة، زهاء، ما يقارب، تقريبا. */
    APPROXIMATE,
    /** أكثر من، ما يزيد على، فوق، تفوق. */
    MORE_THAN,
    /** أقل من، دون. */
    LESS_THAN,
    /** ما لا يقل عن، على الأقل. */
    AT_LEAST,
    /** حتى، بحد أقصى، يصل إلى. */
    AT_MOST,
    /** Two ends: {@code بين 5 و7 مليارات}; the figure carries an upper bound. */
    RANGE,
    /** Amounts without a number: {@code ملايين الدولارات}. */
    VAGUE
}
