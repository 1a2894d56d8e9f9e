"""Recomputes, independently of the Java code, the expected values that the comparison-of-arms tests hold as literals
(MeansTest, RatiosTest, ProportionsTest, ComparisonApiIntegrationTest, DemoYearIntegrationTest): SciPy 1.17.1 and
statsmodels 0.15.0. Run from the repository root: python3 docs/statistics/expected_values.py
"""
import csv
import math

import numpy as np
from scipy import stats
import statsmodels.api as sm
from statsmodels.stats.proportion import proportion_confint, confint_proportions_2indep, proportions_ztest

A=[12,15,9,20,14]; B=[8,11,10,7]
print("tA", repr(np.mean(A)), stats.t.interval(0.95, len(A)-1, loc=np.mean(A), scale=stats.sem(A)))
r=stats.ttest_ind(A,B,equal_var=False); ci=r.confidence_interval(0.95)
print("welch", repr(np.mean(A)-np.mean(B)), repr(ci.low), repr(ci.high), repr(r.pvalue), repr(r.df))
A0=[10,10,10]
r=stats.ttest_ind(A0,B,equal_var=False); ci=r.confidence_interval(0.95)
print("welch0", repr(ci.low), repr(ci.high), repr(r.pvalue), repr(r.df))
def ratio(y,x):
    y=np.array(y,float); x=np.array(x,float)
    m=sm.WLS(y/x, np.ones(len(x)), weights=x).fit(cov_type='HC1')
    return m.params[0], m.bse[0]
x1=[20,10,15,8,12]; y1=[6,4,3,2,5]
x2=[12,8,10,9]; y2=[3,2,1,2]
R1,s1=ratio(y1,x1); R2,s2=ratio(y2,x2)
z=stats.norm.ppf(0.975)
print("R1", repr(R1), repr(s1), repr(R1-z*s1), repr(R1+z*s1))
# by hand formula check
def hand(y,x):
    y=np.array(y,float); x=np.array(x,float); n=len(x); R=y.sum()/x.sum(); d=y-R*x
    return R, np.sqrt(n/(n-1)*np.sum(d**2)/x.sum()**2)
print("hand1", hand(y1,x1), "hand2", hand(y2,x2))
print("R2", repr(R2), repr(s2), repr(R2-z*s2), repr(R2+z*s2))
d=R1-R2; se=np.sqrt(s1**2+s2**2)
print("Rdiff", repr(d), repr(d-z*se), repr(d+z*se), repr(2*stats.norm.sf(abs(d/se))))
Rc,sc=ratio([0,2],[10,10]); print("clip", repr(Rc), repr(sc), repr(Rc-z*sc), repr(Rc+z*sc))
w=stats.binomtest(45,50).proportion_ci(0.95,method='wilson'); print("wilson45/50", repr(w.low), repr(w.high), proportion_confint(45,50,method='wilson'))
w=stats.binomtest(12,12).proportion_ci(0.95,method='wilson'); print("wilson12/12", repr(w.low), repr(w.high))
w=stats.binomtest(0,10).proportion_ci(0.95,method='wilson'); print("wilson0/10", repr(w.low), repr(w.high))
print("newcombe", confint_proportions_2indep(45,50,30,40,method='newcomb',compare='diff'), proportions_ztest([45,30],[50,40]))
print("newcombe-allyes", confint_proportions_2indep(12,12,8,8,method='newcomb',compare='diff'))
print("newcombe-allyes-vs", confint_proportions_2indep(12,12,6,8,method='newcomb',compare='diff'), proportions_ztest([12,6],[12,8]))

# --- ComparisonApiIntegrationTest (2008) ---
T=[20,10,15,8,12]; C=[12,8,10,9]
print("2008 test mean", np.mean(T), stats.t.interval(0.95,4,loc=np.mean(T),scale=stats.sem(T)))
r=stats.ttest_ind(T,C,equal_var=False); print("2008 welch", np.mean(T)-np.mean(C), r.confidence_interval(0.95), r.pvalue, r.df)
print("2008 wilson", stats.binomtest(2,3).proportion_ci(0.95,method='wilson'), stats.binomtest(2,2).proportion_ci(0.95,method='wilson'))
print("2008 newcombe", confint_proportions_2indep(2,3,2,2,method='newcomb',compare='diff'), proportions_ztest([2,2],[3,2]))

# --- DemoYearIntegrationTest (2025): the logbooks from the CSV, the evaluations by replaying java.util.Random ---
MASK=(1<<48)-1
class JRandom:
    def __init__(s, seed): s.seed=(seed ^ 0x5DEECE66D) & MASK
    def next(s,bits):
        s.seed=(s.seed*0x5DEECE66D + 0xB) & MASK
        r = s.seed >> (48-bits)
        if r >= 1<<31: r -= 1<<32
        return r
    def nextDouble(s): return ((s.next(26) << 27) + s.next(27)) * (1.0/(1<<53))
rows=list(csv.DictReader(open('modules/app/src/main/resources/demo/activities-2025.csv')))
TEST={'621','510','370'}; CONTROL={'479','217'}
arm=lambda c: 'TEST' if c in TEST else 'CONTROL'
data={'TEST':[], 'CONTROL':[]}
ev={a:dict(n=0,yes=0,no=0,heard=[0]*5) for a in data}
for i,r in enumerate(rows):
    a=arm(r['municipalityCode']); p=int(r['participants']); data[a].append((p,int(r['newParticipants']),int(r['formerlyHomeless'])))
    rnd=JRandom(2025*1000+i)
    count=math.floor(float(np.float32(p)*np.float32(0.35))+0.5)
    for k in range(count):
        h=[rnd.nextDouble()<0.55, rnd.nextDouble()<0.30, rnd.nextDouble()<0.10, rnd.nextDouble()<0.25, rnd.nextDouble()<0.05]
        again=rnd.nextDouble()
        e=ev[a]; e['n']+=1
        for j in range(5): e['heard'][j]+=h[j]
        if again<0.85: e['yes']+=1
        elif again<0.92: e['no']+=1
print(ev)
P={a:np.array([d[0] for d in data[a]],float) for a in data}
N={a:np.array([d[1] for d in data[a]],float) for a in data}
F={a:np.array([d[2] for d in data[a]],float) for a in data}
for a in data:
    print(a, len(P[a]), 'mean', P[a].mean(), stats.t.interval(0.95, len(P[a])-1, loc=P[a].mean(), scale=stats.sem(P[a])))
r=stats.ttest_ind(P['TEST'],P['CONTROL'],equal_var=False); print('welch', P['TEST'].mean()-P['CONTROL'].mean(), r.confidence_interval(0.95), r.pvalue, r.df)
z=stats.norm.ppf(0.975)
def ratio(y,x):
    m=sm.WLS(y/x, np.ones(len(x)), weights=x).fit(cov_type='HC1'); return m.params[0], m.bse[0]
for name,Y in (('new',N),('fh',F)):
    R={a:ratio(Y[a],P[a]) for a in data}
    for a in data: print(name,a,R[a][0], R[a][0]-z*R[a][1], R[a][0]+z*R[a][1])
    d=R['TEST'][0]-R['CONTROL'][0]; se=math.sqrt(R['TEST'][1]**2+R['CONTROL'][1]**2)
    print(name,'diff', d, d-z*se, d+z*se, 2*stats.norm.sf(abs(d/se)))
for a in data:
    e=ev[a]; w=stats.binomtest(e['yes'], e['yes']+e['no']).proportion_ci(0.95,method='wilson'); print('wja',a,e['yes']/(e['yes']+e['no']), w.low, w.high)
    w=stats.binomtest(e['heard'][0], e['n']).proportion_ci(0.95,method='wilson'); print('centre',a,e['heard'][0]/e['n'], w.low, w.high)
t,c=ev['TEST'],ev['CONTROL']
print('wja diff', t['yes']/(t['yes']+t['no'])-c['yes']/(c['yes']+c['no']), confint_proportions_2indep(t['yes'],t['yes']+t['no'],c['yes'],c['yes']+c['no'],method='newcomb',compare='diff'), proportions_ztest([t['yes'],c['yes']],[t['yes']+t['no'],c['yes']+c['no']]))
